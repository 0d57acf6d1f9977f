package io.quorum.allocation.intents.policy;

import io.quorum.contracts.market.BookLevel;
import io.quorum.contracts.money.Percent;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * An order walking the opposite side of a book: it takes the best levels first, each up to its quantity. A limit
 * order takes only levels at or better than its limit, and the rest of it rests at the limit — counted at the
 * limit price, the worst it can fill at. A market order has no such bound: beyond the book's visible depth its price
 * is unknown. Slippage is the expected volume-weighted price's distance from the best opposite price, as a cost:
 * above it for a buy, below it for a sell. All arithmetic is exact; only the reported percentage is rounded.
 */
public final class BookWalk {

    private static final int REPORTED_SCALE = 6;

    private final Side side;
    private final List<BookLevel> levels;
    private final Price limit;

    /**
     * @param side   the order's side; a buy walks the asks, a sell the bids
     * @param levels the opposite side, best first, not empty
     * @param limit  the order's limit price; null for a market order
     */
    public BookWalk(Side side, List<BookLevel> levels, Price limit) {
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("a walk needs at least one level");
        }
        this.side = side;
        this.levels = List.copyOf(levels);
        this.limit = limit;
    }

    public Price best() {
        return levels.getFirst().price();
    }

    /** A limit order priced away from the best opposite price takes nothing: it rests and slips nothing. */
    public boolean rests() {
        return limit != null && (side == Side.BUY ? limit.isBelow(best()) : limit.isAbove(best()));
    }

    /** What {@code qty} would cost in total (price × quantity summed); empty when the book cannot price it. */
    public Optional<BigDecimal> cost(BigDecimal qty) {
        BigDecimal left = qty;
        BigDecimal cost = BigDecimal.ZERO;
        for (BookLevel level : levels) {
            if (left.signum() == 0) {
                break;
            }
            if (limit != null && (side == Side.BUY ? level.price().isAbove(limit) : level.price().isBelow(limit))) {
                break;
            }
            BigDecimal take = left.min(level.quantity().value());
            cost = cost.add(take.multiply(level.price().value()));
            left = left.subtract(take);
        }
        if (left.signum() > 0) {
            if (limit == null) {
                return Optional.empty();
            }
            cost = cost.add(left.multiply(limit.value()));
        }
        return Optional.of(cost);
    }

    /** Whether {@code qty}'s expected slippage is at most {@code max}; compared exactly, without dividing. */
    public boolean fits(BigDecimal qty, Percent max) {
        return cost(qty).map(cost -> {
            BigDecimal atBest = qty.multiply(best().value());
            BigDecimal slip = side == Side.BUY ? cost.subtract(atBest) : atBest.subtract(cost);
            return slip.multiply(BigDecimal.valueOf(100)).compareTo(max.value().multiply(atBest)) <= 0;
        }).orElse(false);
    }

    /** {@code qty}'s expected slippage in percent, rounded half-even to six places; empty when the book cannot price it. */
    public Optional<Percent> slippage(BigDecimal qty) {
        return cost(qty).map(cost -> {
            BigDecimal atBest = qty.multiply(best().value());
            BigDecimal slip = side == Side.BUY ? cost.subtract(atBest) : atBest.subtract(cost);
            return Percent.of(slip.multiply(BigDecimal.valueOf(100)).divide(atBest, REPORTED_SCALE, RoundingMode.HALF_EVEN));
        });
    }
}
