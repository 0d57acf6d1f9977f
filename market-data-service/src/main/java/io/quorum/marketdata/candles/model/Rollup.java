package io.quorum.marketdata.candles.model;

import io.quorum.contracts.market.Interval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which longer candles a 1m candle closes, and what they are. A 5m/15m/1h/4h candle closes with
 * the minute that ends on its boundary, and is only built when all its minutes are there: a
 * candle with missing minutes (the replay started mid-way, or the feed had a gap) would publish
 * a wrong open or volume, so it is skipped rather than guessed.
 */
public final class Rollup {

    /** Longer intervals, shortest first. */
    static final List<Interval> AGGREGATED = List.of(Interval.M5, Interval.M15, Interval.H1, Interval.H4);

    private Rollup() {
    }

    /** The longer intervals whose candle ends when this minute ends. */
    public static List<Interval> closedBy(Candle minute) {
        requireMinute(minute);
        Instant end = minute.closeTime();
        return AGGREGATED.stream().filter(interval -> interval.openTimeOf(end).equals(end)).toList();
    }

    /** Open time of the earliest minute needed to build what this minute closes; empty when it closes nothing. */
    public static Optional<Instant> lookbackFrom(Candle minute) {
        List<Interval> closed = closedBy(minute);
        return closed.isEmpty() ? Optional.empty() : Optional.of(minute.closeTime().minus(closed.getLast().length()));
    }

    /**
     * The complete longer candles this minute closes, shortest first.
     *
     * @param earlier stored minutes of the same symbol before this one (extra ones are ignored)
     */
    public static List<Candle> closedCandles(Candle minute, List<Candle> earlier) {
        List<Candle> minutes = new ArrayList<>(earlier.stream()
                .filter(candle -> candle.openTime().isBefore(minute.openTime()))
                .sorted(Comparator.comparing(Candle::openTime))
                .toList());
        minutes.add(minute);
        List<Candle> closed = new ArrayList<>();
        for (Interval interval : closedBy(minute)) {
            Instant open = minute.closeTime().minus(interval.length());
            List<Candle> parts = minutes.stream().filter(candle -> !candle.openTime().isBefore(open)).toList();
            if (parts.size() == interval.length().toMinutes()) {
                closed.add(Aggregation.of(interval, parts));
            }
        }
        return closed;
    }

    private static void requireMinute(Candle minute) {
        if (minute.interval() != Interval.M1) {
            throw new IllegalArgumentException("roll-ups start from 1m candles, not " + minute.interval().label());
        }
    }
}
