package io.quorum.marketdata.candles.model;

import static io.quorum.marketdata.candles.model.TestCandles.flat;
import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.market.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollupTest {

    private static Candle minuteAt(String openTime) {
        return flat(Instant.parse(openTime), "100");
    }

    /** The flat minutes opening in [from, until), each one priced a little higher than the one before. */
    private static List<Candle> minutes(String from, String until) {
        List<Candle> minutes = new ArrayList<>();
        int i = 1;
        for (Instant t = Instant.parse(from); t.isBefore(Instant.parse(until)); t = t.plus(Duration.ofMinutes(1))) {
            minutes.add(flat(t, String.valueOf(100 + i++)));
        }
        return minutes;
    }

    @Test
    void aMinuteInsideAFiveMinuteCandleClosesNothing() {
        assertThat(Rollup.closedBy(minuteAt("2025-06-01T10:02:00Z"))).isEmpty();
        assertThat(Rollup.lookbackFrom(minuteAt("2025-06-01T10:02:00Z"))).isEmpty();
    }

    @Test
    void theLastMinuteOfAQuarterClosesTheFiveAndFifteenMinuteCandles() {
        Candle minute = minuteAt("2025-06-01T10:29:00Z");
        assertThat(Rollup.closedBy(minute)).containsExactly(Interval.M5, Interval.M15);
        assertThat(Rollup.lookbackFrom(minute)).contains(Instant.parse("2025-06-01T10:15:00Z"));
    }

    @Test
    void theLastMinuteBeforeMidnightClosesEveryLongerInterval() {
        Candle minute = minuteAt("2025-06-01T23:59:00Z");
        assertThat(Rollup.closedBy(minute)).containsExactly(Interval.M5, Interval.M15, Interval.H1, Interval.H4);
        assertThat(Rollup.lookbackFrom(minute)).contains(Instant.parse("2025-06-01T20:00:00Z"));
    }

    @Test
    void theLastMinuteOfAnHourNotOnTheFourHourGridClosesUpToTheHour() {
        assertThat(Rollup.closedBy(minuteAt("2025-06-01T10:59:00Z"))).containsExactly(Interval.M5, Interval.M15, Interval.H1);
    }

    @Test
    void buildsEveryCompleteCandleTheMinuteCloses() {
        List<Candle> hour = minutes("2025-06-01T10:00:00Z", "2025-06-01T11:00:00Z");
        Candle last = hour.getLast();

        List<Candle> closed = Rollup.closedCandles(last, hour.subList(0, 59));

        assertThat(closed).extracting(Candle::interval).containsExactly(Interval.M5, Interval.M15, Interval.H1);
        assertThat(closed).extracting(Candle::openTime).containsExactly(
                Instant.parse("2025-06-01T10:55:00Z"), Instant.parse("2025-06-01T10:45:00Z"), Instant.parse("2025-06-01T10:00:00Z"));
        Candle h1 = closed.get(2);
        assertThat(h1.open().toString()).isEqualTo("101");
        assertThat(h1.close().toString()).isEqualTo("160");
        assertThat(h1.high().toString()).isEqualTo("160");
        assertThat(h1.low().toString()).isEqualTo("101");
        assertThat(h1.volume().toString()).isEqualTo("60");
    }

    @Test
    void skipsALongerCandleWithMissingMinutesRatherThanGuessingIt() {
        // the replay started at 10:07: the quarter 10:00-10:15 misses its first seven minutes
        List<Candle> stored = minutes("2025-06-01T10:07:00Z", "2025-06-01T10:14:00Z");
        Candle last = minuteAt("2025-06-01T10:14:00Z");

        assertThat(Rollup.closedCandles(last, stored)).extracting(Candle::interval).containsExactly(Interval.M5);
    }

    @Test
    void ignoresStoredMinutesOutsideTheClosedCandles() {
        List<Candle> stored = minutes("2025-06-01T09:00:00Z", "2025-06-01T10:04:00Z");
        Candle last = minuteAt("2025-06-01T10:04:00Z");

        List<Candle> closed = Rollup.closedCandles(last, stored);

        assertThat(closed).singleElement().satisfies(m5 -> {
            assertThat(m5.openTime()).isEqualTo(Instant.parse("2025-06-01T10:00:00Z"));
            assertThat(m5.volume().toString()).isEqualTo("5");
        });
    }

    /** Flat 5m candles opening in [from, until), each priced a little higher than the one before. */
    private static List<Candle> fiveMinuteCandles(String from, String until) {
        List<Candle> candles = new ArrayList<>();
        int i = 1;
        for (Instant t = Instant.parse(from); t.isBefore(Instant.parse(until)); t = t.plus(Duration.ofMinutes(5))) {
            var price = io.quorum.contracts.money.Price.of(String.valueOf(100 + i++));
            candles.add(new Candle(TestCandles.BTC, Interval.M5, t, price, price, price, price,
                    io.quorum.contracts.money.Quantity.of("2")));
        }
        return candles;
    }

    @Test
    void fromFiveMinuteStepsTheLongerCandlesAreBuiltButNeverAFiveMinuteOne() {
        List<Candle> fourHours = fiveMinuteCandles("2025-10-10T20:00:00Z", "2025-10-11T00:00:00Z");
        Candle last = fourHours.getLast();

        assertThat(Rollup.closedBy(last)).containsExactly(Interval.M15, Interval.H1, Interval.H4);
        assertThat(Rollup.lookbackFrom(last)).contains(Instant.parse("2025-10-10T20:00:00Z"));
        List<Candle> closed = Rollup.closedCandles(last, fourHours.subList(0, 47));

        assertThat(closed).extracting(Candle::interval).containsExactly(Interval.M15, Interval.H1, Interval.H4);
        Candle h4 = closed.get(2);
        assertThat(h4.openTime()).isEqualTo(Instant.parse("2025-10-10T20:00:00Z"));
        assertThat(h4.open().toString()).isEqualTo("101");
        assertThat(h4.close().toString()).isEqualTo("148");
        assertThat(h4.volume().toString()).isEqualTo("96");
    }

    @Test
    void aFiveMinuteStepInsideAQuarterClosesNothing() {
        Candle step = fiveMinuteCandles("2025-10-10T20:05:00Z", "2025-10-10T20:10:00Z").getFirst();
        assertThat(Rollup.closedBy(step)).isEmpty();
    }

    @Test
    void aQuarterMissingOneOfItsFiveMinuteStepsIsSkipped() {
        List<Candle> quarter = fiveMinuteCandles("2025-10-10T20:00:00Z", "2025-10-10T20:15:00Z");
        assertThat(Rollup.closedCandles(quarter.getLast(), quarter.subList(1, 2))).isEmpty();
    }
}
