package io.quorum.contracts.bots;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;

/**
 * A grid: {@code gridCount} intervals between {@code lower} and {@code upper}, so {@code gridCount + 1} levels.
 * {@code investment} is what the grid trades with; absent, it is the bot's whole budget.
 *
 * <p>Optional exits and entry, all absent by default: the grid arms only once the price reaches
 * {@code triggerPrice}; a price at or below {@code stopLossPrice} (which lies below the grid) or at or
 * above {@code takeProfitPrice} (above the grid) cancels the grid's orders, closes its position
 * and stops the bot.
 */
public record GridSpec(Price lower, Price upper, int gridCount, GridSpacing spacing, Money investment,
                       Price triggerPrice, Price stopLossPrice, Price takeProfitPrice) {

    public static final int MIN_GRIDS = 2;
    public static final int MAX_GRIDS = 100;

    public GridSpec {
        requireNonNull(lower, "lower");
        requireNonNull(upper, "upper");
        requireNonNull(spacing, "spacing");
        if (!lower.isBelow(upper)) {
            throw new IllegalArgumentException("grid lower price must be below the upper price");
        }
        if (gridCount < MIN_GRIDS || gridCount > MAX_GRIDS) {
            throw new IllegalArgumentException("grid count must be between 2 and 100, was " + gridCount);
        }
        if (investment != null && !investment.isPositive()) {
            throw new IllegalArgumentException("the grid's investment must be positive");
        }
        if (stopLossPrice != null && !stopLossPrice.isBelow(lower)) {
            throw new IllegalArgumentException("the stop-loss price must be below the grid's lower price");
        }
        if (takeProfitPrice != null && !takeProfitPrice.isAbove(upper)) {
            throw new IllegalArgumentException("the take-profit price must be above the grid's upper price");
        }
        if (triggerPrice != null && stopLossPrice != null && !triggerPrice.isAbove(stopLossPrice)) {
            throw new IllegalArgumentException("the trigger price must be above the stop-loss price");
        }
        if (triggerPrice != null && takeProfitPrice != null && !triggerPrice.isBelow(takeProfitPrice)) {
            throw new IllegalArgumentException("the trigger price must be below the take-profit price");
        }
    }

    /** A grid on the bot's whole budget, with no trigger, stop-loss or take-profit. */
    public GridSpec(Price lower, Price upper, int gridCount, GridSpacing spacing) {
        this(lower, upper, gridCount, spacing, null, null, null, null);
    }

    /** What the grid trades with, given the budget of the bot running it. */
    public Money investmentWithin(Money budget) {
        return investment == null ? budget : investment;
    }
}
