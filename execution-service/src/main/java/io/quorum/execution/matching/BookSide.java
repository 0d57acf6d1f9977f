package io.quorum.execution.matching;

import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One side of a book: price levels best first (buys high to low, sells low to high), each level in
 * arrival order. Not thread-safe; {@link PaperBook} guards it.
 *
 * <p>Levels are indexed by {@link PriceKey}, a long, so walking the tree compares primitives instead of
 * BigDecimals of assorted scales. The best level's exact price is kept aside: a tick that does not
 * reach it (most ticks) is answered by one comparison, without touching the tree or allocating.
 */
final class BookSide {

    /** The orders resting at one exact price, in arrival order. */
    private static final class Level {
        final BigDecimal price;
        final Map<ClientOrderId, RestingOrder> orders = new LinkedHashMap<>();

        Level(BigDecimal price) {
            this.price = price;
        }
    }

    private final Side side;
    private final NavigableMap<Long, Level> levels;
    private BigDecimal best;

    BookSide(Side side) {
        this.side = side;
        Comparator<Long> bestFirst = side == Side.BUY ? Comparator.reverseOrder() : Comparator.naturalOrder();
        this.levels = new TreeMap<>(bestFirst);
    }

    void rest(RestingOrder order, long key) {
        Level level = levels.get(key);
        if (level == null) {
            level = new Level(order.limitPrice().value());
            levels.put(key, level);
            if (best == null || isBetter(level.price, best)) {
                best = level.price;
            }
        }
        level.orders.put(order.clientOrderId(), order);
    }

    void remove(RestingOrder order, long key) {
        Level level = levels.get(key);
        level.orders.remove(order.clientOrderId());
        if (level.orders.isEmpty()) {
            levels.remove(key);
            if (level.price == best) {
                best = levels.isEmpty() ? null : levels.firstEntry().getValue().price;
            }
        }
    }

    /** Whether a trade at {@code tick} reaches this side's best level; false for an empty side. */
    boolean isReachedBy(Price tick) {
        return best != null && crosses(tick.value(), best);
    }

    /** Adds to {@code into} the orders a trade at {@code tick} fills, best level first, placed no later than {@code at}. */
    void collectCrossed(Price tick, Instant at, List<RestingOrder> into) {
        for (Level level : levels.values()) {
            if (!crosses(tick.value(), level.price)) {
                return; // levels are best first: no later level is crossed either
            }
            for (RestingOrder order : level.orders.values()) {
                // an order never fills on a trade that happened before it was placed
                if (!order.placedAt().isAfter(at)) {
                    into.add(order);
                }
            }
        }
    }

    /** A buy fills when the market trades at or below its limit, a sell at or above. */
    private boolean crosses(BigDecimal tick, BigDecimal limit) {
        int comparison = tick.compareTo(limit);
        return side == Side.BUY ? comparison <= 0 : comparison >= 0;
    }

    private boolean isBetter(BigDecimal price, BigDecimal than) {
        int comparison = price.compareTo(than);
        return side == Side.BUY ? comparison > 0 : comparison < 0;
    }
}
