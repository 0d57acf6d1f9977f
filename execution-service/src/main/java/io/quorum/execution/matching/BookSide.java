package io.quorum.execution.matching;

import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One side of a book: price levels best first (buys high to low, sells low to high), each level a
 * queue in arrival order. Not thread-safe; {@link PaperBook} guards it.
 *
 * <p>Levels are ranked by a fixed-point long ({@link PriceKey}; negated for buys, so a smaller rank is a
 * better price on both sides) and kept in a {@link Ladder}. An order is found again through its price
 * (its level) and then its id, so no map from ids to orders has to be kept in step on every fill. The best
 * level keeps its exact price, so a tick that does not reach it (most ticks) is answered by one
 * comparison, without converting the tick or allocating.
 */
final class BookSide {

    private final Side side;
    private final Ladder ladder = new Ladder();
    /** The best level's price, kept here so the common quiet tick reads one object instead of walking the ladder. */
    private BigDecimal best;

    BookSide(Side side) {
        this.side = side;
    }

    /** Queues the order at the back of its price level; false when it is already resting there. */
    boolean rest(RestingOrder order) {
        boolean added = ladder.levelAt(rank(order.limitPrice()), order.limitPrice().value()).add(order);
        best = ladder.best().price;
        return added;
    }

    /** Takes the order out of its level; false when it is not resting. */
    boolean remove(RestingOrder order) {
        PriceLevel level = ladder.find(rank(order.limitPrice()));
        if (level == null || !level.remove(order.clientOrderId())) {
            return false;
        }
        if (level.isEmpty()) {
            ladder.remove(level);
            PriceLevel next = ladder.best();
            best = next == null ? null : next.price;
        }
        return true;
    }

    /** Whether a trade at {@code tick} reaches this side's best level; false for an empty side. */
    boolean isReachedBy(Price tick) {
        return best != null && crosses(tick.value(), best);
    }

    /** Adds to {@code into} the orders a trade at {@code tick} fills, best level first, placed no later than {@code at}. */
    void collectCrossed(Price tick, Instant at, List<RestingOrder> into) {
        // a buy fills when tick <= limit, i.e. ceil(tick) <= key, i.e. rank <= -ceil(tick);
        // a sell when tick >= limit, i.e. floor(tick) >= key, i.e. rank <= floor(tick)
        long bound = side == Side.BUY ? -PriceKey.ceiling(tick.value()) : PriceKey.floor(tick.value());
        ladder.forEachUpTo(bound, level -> level.collectPlacedBy(at, into));
    }

    void collectAll(List<RestingOrder> into) {
        ladder.forEachUpTo(Long.MAX_VALUE, level -> level.collectAll(into));
    }

    private long rank(Price limit) {
        long key = PriceKey.of(limit);
        return side == Side.BUY ? -key : key;
    }

    /** A buy fills when the market trades at or below its limit, a sell at or above. */
    private boolean crosses(BigDecimal tick, BigDecimal limit) {
        int comparison = tick.compareTo(limit);
        return side == Side.BUY ? comparison <= 0 : comparison >= 0;
    }
}
