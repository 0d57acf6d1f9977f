package io.quorum.execution.matching;

import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One side of a book: its orders best first (buys high to low, sells low to high), each price in arrival order.
 * Not thread-safe; {@link PaperBook} guards it.
 *
 * <p>Orders are keyed by their fixed-point limit ({@link PriceKey}; negated for sells, so a larger key is a better
 * price on both sides) and kept in a {@link Ladder}. An order is found again through its key and then its id, so
 * no map from ids to orders has to be kept in step on every fill. The best order's exact price is kept here, so a
 * tick that does not reach it (most ticks) is answered by one comparison, without converting the tick or allocating.
 */
final class BookSide {

    private final Side side;
    private final Ladder ladder = new Ladder();
    /** The best price, and its key, kept here so the common quiet tick reads one object instead of the ladder. */
    private BigDecimal best;
    private long bestKey = Long.MIN_VALUE;

    BookSide(Side side) {
        this.side = side;
    }

    /** Queues the order behind those at its price; false when it is already resting there. */
    boolean rest(RestingOrder order) {
        long key = key(order);
        if (!ladder.add(order, key)) {
            return false;
        }
        if (best == null || key > bestKey) {
            best = order.limitPrice().value();
            bestKey = key;
        }
        return true;
    }

    /** Takes the order out; false when it is not resting. */
    boolean remove(RestingOrder order) {
        long key = key(order);
        if (!ladder.remove(order, key)) {
            return false;
        }
        if (key == bestKey) {
            RestingOrder next = ladder.best();
            best = next == null ? null : next.limitPrice().value();
            bestKey = next == null ? Long.MIN_VALUE : key(next);
        }
        return true;
    }

    /** Whether a trade at {@code tick} reaches this side's best price; false for an empty side. */
    boolean isReachedBy(Price tick) {
        if (best == null) {
            return false;
        }
        int comparison = tick.value().compareTo(best);
        return side == Side.BUY ? comparison <= 0 : comparison >= 0;
    }

    /** Adds to {@code into} the orders a trade at {@code tick} fills, best price first, placed no later than {@code at}. */
    void collectCrossed(Price tick, Instant at, List<RestingOrder> into) {
        // a buy fills when tick <= limit, i.e. ceil(tick) <= key; a sell when tick >= limit, i.e. -floor(tick) <= -limit
        long bound = side == Side.BUY ? PriceKey.ceiling(tick.value()) : -PriceKey.floor(tick.value());
        ladder.collectFrom(bound, at, into);
    }

    void collectAll(List<RestingOrder> into) {
        ladder.collectAll(into);
    }

    private long key(RestingOrder order) {
        return side == Side.BUY ? order.priceKey : -order.priceKey;
    }
}
