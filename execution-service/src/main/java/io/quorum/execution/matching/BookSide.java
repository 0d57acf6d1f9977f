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
 * no map from ids to orders has to be kept in step on every fill. The best key is kept here, and the best limit as a
 * decimal beside it once a tick has asked for it, so a tick that does not reach it (most ticks) is answered by one
 * comparison, without converting the tick or allocating; no order object is read to keep either up to date.
 */
final class BookSide {

    private final Side side;
    private final Ladder ladder;
    /**
     * The best limit as a decimal, worked out from {@link #bestKey} when a tick first needs it after the best changed
     * (null until then), so resting and removing orders never read an order's price object: a tick that fills k orders
     * and rests k others converts the new best once, not k times.
     */
    private BigDecimal best;
    /** The best key, Long.MIN_VALUE when the side is empty. */
    private long bestKey = Long.MIN_VALUE;

    BookSide(Side side) {
        this.side = side;
        this.ladder = new Ladder(side == Side.SELL);
    }

    /**
     * Stages the order to rest behind those at its price; {@link #restStaged} rests what was staged. Staging only
     * appends, so the orders a tick's fills bring back rest as one batch, not each with its own search and shift.
     */
    void stage(RestingOrder order) {
        ladder.stage(order);
    }

    /** Rests the staged orders, in the order they were staged; the number added (one already resting is not). */
    int restStaged() {
        if (!ladder.hasStaged()) {
            return 0;
        }
        int added = ladder.addStaged();
        long next = ladder.bestKey();
        if (next != bestKey) {
            bestKey = next;
            best = null;
        }
        return added;
    }

    /** Takes the order out; false when it is not resting. */
    boolean remove(RestingOrder order) {
        long key = key(order);
        if (!ladder.remove(order, key)) {
            return false;
        }
        if (key == bestKey) {
            long next = ladder.bestKey();
            if (next != bestKey) {
                bestKey = next;
                best = null;
            }
        }
        return true;
    }

    /** Takes the order out if it is this side's best entry (the same object), without reading it; false otherwise. */
    boolean removeIfBest(RestingOrder order) {
        if (!ladder.removeIfBest(order)) {
            return false;
        }
        long next = ladder.bestKey();
        if (next != bestKey) {
            bestKey = next;
            best = null;
        }
        return true;
    }

    /** Takes out the run of {@code orders} from {@code from} on that are this side's best entries; how many. */
    int removeBestRun(List<RestingOrder> orders, int from) {
        int taken = ladder.removeBestRun(orders, from);
        if (taken > 0) {
            long next = ladder.bestKey();
            if (next != bestKey) {
                bestKey = next;
                best = null;
            }
        }
        return taken;
    }

    /** Whether a trade at {@code tick} reaches this side's best price; false for an empty side. */
    boolean isReachedBy(Price tick) {
        if (bestKey == Long.MIN_VALUE) {
            return false;
        }
        BigDecimal limit = best;
        if (limit == null) {
            // exact: a key is the limit in units of 10^-SCALE
            limit = BigDecimal.valueOf(side == Side.BUY ? bestKey : -bestKey, PriceKey.SCALE);
            best = limit;
        }
        int comparison = tick.value().compareTo(limit);
        return side == Side.BUY ? comparison <= 0 : comparison >= 0;
    }

    /** The least key a trade at {@code tick} reaches: the bound for {@link #countCrossed} and {@link #collectCrossed}. */
    long boundOf(Price tick) {
        // a buy fills when tick <= limit, i.e. ceil(tick) <= key; a sell when tick >= limit, i.e. -floor(tick) <= -limit
        return side == Side.BUY ? PriceKey.ceiling(tick.value()) : -PriceKey.floor(tick.value());
    }

    /** How many orders are keyed at or above {@code bound}: at least as many as {@link #collectCrossed} adds. */
    int countCrossed(long bound) {
        return ladder.countFrom(bound);
    }

    /** Adds to {@code into} the orders keyed at or above {@code bound}, best price first, placed no later than {@code at}. */
    void collectCrossed(long bound, Instant at, List<RestingOrder> into) {
        ladder.collectFrom(bound, at, into);
    }

    void collectAll(List<RestingOrder> into) {
        ladder.collectAll(into);
    }

    private long key(RestingOrder order) {
        return ladder.keyOf(order);
    }
}
