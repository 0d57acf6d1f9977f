package io.quorum.marketdata.candles.model;

import static io.quorum.marketdata.candles.model.TestCandles.minute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Interval;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregationTest {

    private final List<Candle> fiveMinutes = List.of(
            minute("2025-06-01T00:05:00Z", "100", "101", "99.5", "100.5", "1.5"),
            minute("2025-06-01T00:06:00Z", "100.5", "103", "100", "102", "2.25"),
            minute("2025-06-01T00:07:00Z", "102", "102.5", "98", "99", "0.25"),
            minute("2025-06-01T00:08:00Z", "99", "100", "98.5", "99.5", "3"),
            minute("2025-06-01T00:09:00Z", "99.5", "101", "99", "100.75", "1"));

    @Test
    void takesTheFirstOpenTheHighestHighTheLowestLowTheLastCloseAndTheSummedVolume() {
        Candle candle = Aggregation.of(Interval.M5, fiveMinutes);

        assertThat(candle.interval()).isEqualTo(Interval.M5);
        assertThat(candle.openTime()).isEqualTo(Instant.parse("2025-06-01T00:05:00Z"));
        assertThat(candle.closeTime()).isEqualTo(Instant.parse("2025-06-01T00:10:00Z"));
        assertThat(candle.open().toString()).isEqualTo("100");
        assertThat(candle.high().toString()).isEqualTo("103");
        assertThat(candle.low().toString()).isEqualTo("98");
        assertThat(candle.close().toString()).isEqualTo("100.75");
        assertThat(candle.volume().toString()).isEqualTo("8");
    }

    @Test
    void refusesPartsOutsideTheLongerCandle() {
        var parts = List.of(fiveMinutes.get(4), minute("2025-06-01T00:10:00Z", "100", "100", "100", "100", "1"));
        assertThatThrownBy(() -> Aggregation.of(Interval.M5, parts)).hasMessageContaining("outside the 5m candle");
    }

    @Test
    void refusesPartsOutOfOrder() {
        var parts = List.of(fiveMinutes.get(1), fiveMinutes.get(0));
        assertThatThrownBy(() -> Aggregation.of(Interval.M5, parts)).hasMessageContaining("time order");
    }

    @Test
    void refusesToMixSymbols() {
        var eth = minute(Symbol.of("ETHUSDT"), Instant.parse("2025-06-01T00:06:00Z"), "1", "1", "1", "1", "1");
        assertThatThrownBy(() -> Aggregation.of(Interval.M5, List.of(fiveMinutes.get(0), eth))).hasMessageContaining("mix");
    }

    @Test
    void refusesNoParts() {
        assertThatThrownBy(() -> Aggregation.of(Interval.H1, List.of())).hasMessageContaining("at least one");
    }
}
