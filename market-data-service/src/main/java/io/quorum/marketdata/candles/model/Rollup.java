package io.quorum.marketdata.candles.model;

import io.quorum.contracts.market.Interval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which longer candles a candle of the replay's step (1m, or 5m for a 5m recording) closes, and
 * what they are. A longer candle closes with the step candle that ends on its boundary, and is only
 * built when all its step candles are there: one with missing parts (the replay started mid-way,
 * or the feed had a gap) would publish a wrong open or volume, so it is skipped rather than guessed.
 * Only intervals that are whole multiples of the step are built.
 */
public final class Rollup {

    /** Longer intervals, shortest first. */
    static final List<Interval> AGGREGATED = List.of(Interval.M5, Interval.M15, Interval.H1, Interval.H4);

    private Rollup() {
    }

    /** The longer intervals whose candle ends when this candle ends. */
    public static List<Interval> closedBy(Candle step) {
        Instant end = step.closeTime();
        return AGGREGATED.stream()
                .filter(interval -> partsOf(interval, step.interval()) > 1)
                .filter(interval -> interval.openTimeOf(end).equals(end))
                .toList();
    }

    /** Open time of the earliest step candle needed to build what this one closes; empty when it closes nothing. */
    public static Optional<Instant> lookbackFrom(Candle step) {
        List<Interval> closed = closedBy(step);
        return closed.isEmpty() ? Optional.empty() : Optional.of(step.closeTime().minus(closed.getLast().length()));
    }

    /**
     * The complete longer candles this step candle closes, shortest first.
     *
     * @param earlier stored candles of the same symbol and interval before this one (extra ones are ignored)
     */
    public static List<Candle> closedCandles(Candle step, List<Candle> earlier) {
        List<Candle> steps = new ArrayList<>(earlier.stream()
                .filter(candle -> candle.interval() == step.interval())
                .filter(candle -> candle.openTime().isBefore(step.openTime()))
                .sorted(Comparator.comparing(Candle::openTime))
                .toList());
        steps.add(step);
        List<Candle> closed = new ArrayList<>();
        for (Interval interval : closedBy(step)) {
            Instant open = step.closeTime().minus(interval.length());
            List<Candle> parts = steps.stream().filter(candle -> !candle.openTime().isBefore(open)).toList();
            if (parts.size() == partsOf(interval, step.interval())) {
                closed.add(Aggregation.of(interval, parts));
            }
        }
        return closed;
    }

    /** How many step candles make one candle of the interval; 0 when it is not a whole multiple. */
    private static long partsOf(Interval interval, Interval step) {
        long longer = interval.length().toSeconds();
        long shorter = step.length().toSeconds();
        return longer % shorter == 0 ? longer / shorter : 0;
    }
}
