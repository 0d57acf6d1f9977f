package io.quorum.execution.matching;

import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One side of a book: price levels best first (buys high to low, sells low to high), each level a
 * queue in arrival order. Not thread-safe; {@link PaperBook} guards it.
 *
 * <p>Levels are indexed by {@link PriceKey}, a long, so walking the tree compares primitives instead of
 * BigDecimals of assorted scales. Each resting order is a {@link Slot} linked into its level, so removing
 * it needs no search. The best level's exact price is kept aside: a tick that does not reach it (most
 * ticks) is answered by one comparison, without touching the tree or allocating.
 */
final class BookSide {

    /** An order's place in its level's queue. */
    static final class Slot {
        final RestingOrder order;
        private Level level;
        private Slot previous;
        private Slot next;

        private Slot(RestingOrder order) {
            this.order = order;
        }
    }

    /** The orders resting at one exact price, oldest first. */
    private static final class Level {
        final long key;
        final BigDecimal price;
        Slot first;
        Slot last;

        Level(long key, BigDecimal price) {
            this.key = key;
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

    /** Queues the order at the back of its price level and returns its slot, the handle to remove it by. */
    Slot rest(RestingOrder order) {
        BigDecimal price = order.limitPrice().value();
        Level level = levels.computeIfAbsent(PriceKey.of(order.limitPrice()), key -> new Level(key, price));
        if (best == null || isBetter(level.price, best)) {
            best = level.price;
        }
        Slot slot = new Slot(order);
        slot.level = level;
        slot.previous = level.last;
        if (level.last == null) {
            level.first = slot;
        } else {
            level.last.next = slot;
        }
        level.last = slot;
        return slot;
    }

    void remove(Slot slot) {
        Level level = slot.level;
        if (slot.previous == null) {
            level.first = slot.next;
        } else {
            slot.previous.next = slot.next;
        }
        if (slot.next == null) {
            level.last = slot.previous;
        } else {
            slot.next.previous = slot.previous;
        }
        if (level.first == null) {
            levels.remove(level.key);
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
            for (Slot slot = level.first; slot != null; slot = slot.next) {
                // an order never fills on a trade that happened before it was placed
                if (!slot.order.placedAt().isAfter(at)) {
                    into.add(slot.order);
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
