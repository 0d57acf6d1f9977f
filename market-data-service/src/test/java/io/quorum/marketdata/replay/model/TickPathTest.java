package io.quorum.marketdata.replay.model;

import static io.quorum.marketdata.candles.model.TestCandles.minute;
import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.market.Interval;
import io.quorum.contracts.money.Price;
import io.quorum.marketdata.candles.model.Aggregation;
import io.quorum.marketdata.candles.model.Candle;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TickPathTest {

    private static List<String> prices(Candle candle) {
        return TickPath.of(candle).stream().map(PricePoint::price).map(Price::toString).toList();
    }

    @Test
    void goesToTheLowFirstWhenTheLowIsNearerTheOpen() {
        assertThat(prices(minute("2025-06-01T00:00:00Z", "100", "110", "98", "105", "1")))
                .containsExactly("100", "98", "110", "105");
    }

    @Test
    void goesToTheHighFirstWhenTheHighIsNearerTheOpen() {
        assertThat(prices(minute("2025-06-01T00:00:00Z", "100", "101.5", "90", "95", "1")))
                .containsExactly("100", "101.5", "90", "95");
    }

    @Test
    void goesToTheLowFirstOnATie() {
        assertThat(prices(minute("2025-06-01T00:00:00Z", "100", "102", "98", "101", "1")))
                .containsExactly("100", "98", "102", "101");
    }

    @Test
    void anOpenAtTheHighTouchesTheHighThenTheLow() {
        // distance to the high is 0, so the high (the open itself) comes first and the low second
        assertThat(prices(minute("2025-06-01T00:00:00Z", "100", "100", "97", "98", "1")))
                .containsExactly("100", "100", "97", "98");
    }

    @Test
    void ticksFallAtZeroTwentyFortyAndFiftyNineSecondsIntoTheMinute() {
        Candle candle = minute("2025-06-01T10:07:00Z", "100", "110", "98", "105", "1");
        assertThat(TickPath.of(candle)).extracting(PricePoint::at).containsExactly(
                Instant.parse("2025-06-01T10:07:00Z"), Instant.parse("2025-06-01T10:07:20Z"),
                Instant.parse("2025-06-01T10:07:40Z"), Instant.parse("2025-06-01T10:07:59Z"));
    }

    @Test
    void aFiveMinuteCandleSpreadsItsTicksOverItsFiveMinutes() {
        List<Candle> minutes = List.of(
                minute("2025-10-10T21:00:00Z", "110000", "110500", "109900", "110400", "1"),
                minute("2025-10-10T21:01:00Z", "110400", "110400", "108000", "108100", "1"),
                minute("2025-10-10T21:02:00Z", "108100", "108200", "107000", "107500", "1"),
                minute("2025-10-10T21:03:00Z", "107500", "107600", "106800", "107000", "1"),
                minute("2025-10-10T21:04:00Z", "107000", "107300", "106900", "107200", "1"));
        Candle fiveMinutes = Aggregation.of(Interval.M5, minutes);

        assertThat(TickPath.of(fiveMinutes)).extracting(PricePoint::at).containsExactly(
                Instant.parse("2025-10-10T21:00:00Z"), Instant.parse("2025-10-10T21:01:40Z"),
                Instant.parse("2025-10-10T21:03:20Z"), Instant.parse("2025-10-10T21:04:59Z"));
        // the high (500 above the open) is nearer than the low (3,200 below): up first, then the crash
        assertThat(prices(fiveMinutes)).containsExactly("110000", "110500", "106800", "107200");
    }
}
