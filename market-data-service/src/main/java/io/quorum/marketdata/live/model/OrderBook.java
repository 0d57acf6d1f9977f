package io.quorum.marketdata.live.model;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One symbol's order book as the public stream keeps it: a snapshot replaces it, a delta sets each
 * level it names and removes those it sends with size 0. Exact decimals.
 */
public final class OrderBook {

    /** A price level: the price and the size resting there. */
    public record Level(BigDecimal price, BigDecimal size) {
    }

    private final TreeMap<BigDecimal, BigDecimal> bids = new TreeMap<>(Comparator.reverseOrder());
    private final TreeMap<BigDecimal, BigDecimal> asks = new TreeMap<>();

    public void apply(boolean snapshot, List<Level> bidLevels, List<Level> askLevels) {
        if (snapshot) {
            bids.clear();
            asks.clear();
        }
        set(bids, bidLevels);
        set(asks, askLevels);
    }

    public Optional<Level> bestBid() {
        return best(bids);
    }

    public Optional<Level> bestAsk() {
        return best(asks);
    }

    /** Levels from the best outwards. */
    public List<Level> bids() {
        return bids.entrySet().stream().map(e -> new Level(e.getKey(), e.getValue())).toList();
    }

    public List<Level> asks() {
        return asks.entrySet().stream().map(e -> new Level(e.getKey(), e.getValue())).toList();
    }

    private static void set(TreeMap<BigDecimal, BigDecimal> side, List<Level> levels) {
        for (Level level : levels) {
            if (level.size().signum() == 0) {
                side.remove(level.price());
            } else {
                side.put(level.price(), level.size());
            }
        }
    }

    private static Optional<Level> best(TreeMap<BigDecimal, BigDecimal> side) {
        return side.isEmpty() ? Optional.empty() : Optional.of(new Level(side.firstKey(), side.firstEntry().getValue()));
    }
}
