package io.quorum.contracts.orders;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;

/**
 * What an order is: the same from intent to fill. {@code limitPrice} is present exactly for limit
 * orders. A reduce-only order can only shrink the bot's position, so it needs no new margin.
 *
 * <p>{@code stopLoss} and {@code takeProfit} are the order's protection, optional (absent on the wire means
 * none): when the order fills, the venue attaches them to the bot's position, and the first trade that reaches
 * either closes the whole position at market. A reduce-only order carries none; a limit order's levels lie on
 * the right side of its price (a buy's stop below, its target above).
 *
 * <p>{@code twap}, optional and absent from the JSON when null, asks the venue to execute the order as slices over a
 * duration (see {@link TwapSpec}): market slices for a market order, slices at the limit price (never worse) for a
 * limit order.
 */
public record OrderSpec(Symbol symbol, Side side, OrderType type, Price limitPrice, Quantity quantity, int leverage,
                        boolean reduceOnly, Price stopLoss, Price takeProfit,
                        @JsonInclude(JsonInclude.Include.NON_NULL) TwapSpec twap) {

    public OrderSpec {
        requireNonNull(symbol, "symbol");
        requireNonNull(side, "side");
        requireNonNull(type, "type");
        requireNonNull(quantity, "quantity");
        if (quantity.isZero()) {
            throw new IllegalArgumentException("order quantity must be positive");
        }
        if ((type == OrderType.LIMIT) != (limitPrice != null)) {
            throw new IllegalArgumentException("a limit order needs a limit price and a market order must not have one");
        }
        if (leverage < 1 || leverage > 20) {
            throw new IllegalArgumentException("leverage must be between 1 and 20, was " + leverage);
        }
        if (reduceOnly && (stopLoss != null || takeProfit != null)) {
            throw new IllegalArgumentException("a reduce-only order carries no stop-loss or take-profit");
        }
        if (limitPrice != null) {
            requireSide("stop-loss", stopLoss, limitPrice, side == Side.SELL);
            requireSide("take-profit", takeProfit, limitPrice, side == Side.BUY);
        }
    }

    /** An order executed at once (no TWAP), with its protection. */
    public OrderSpec(Symbol symbol, Side side, OrderType type, Price limitPrice, Quantity quantity, int leverage,
                     boolean reduceOnly, Price stopLoss, Price takeProfit) {
        this(symbol, side, type, limitPrice, quantity, leverage, reduceOnly, stopLoss, takeProfit, null);
    }

    /** An order without protection, as grid bots and closing orders place them. */
    public OrderSpec(Symbol symbol, Side side, OrderType type, Price limitPrice, Quantity quantity, int leverage,
                     boolean reduceOnly) {
        this(symbol, side, type, limitPrice, quantity, leverage, reduceOnly, null, null);
    }

    public static OrderSpec limit(Symbol symbol, Side side, Price price, Quantity quantity, int leverage, boolean reduceOnly) {
        return new OrderSpec(symbol, side, OrderType.LIMIT, price, quantity, leverage, reduceOnly);
    }

    public static OrderSpec market(Symbol symbol, Side side, Quantity quantity, int leverage, boolean reduceOnly) {
        return new OrderSpec(symbol, side, OrderType.MARKET, null, quantity, leverage, reduceOnly);
    }

    /** The same order carrying a stop-loss and take-profit (either may be null) to the position it opens or grows. */
    public OrderSpec protectedBy(Price newStopLoss, Price newTakeProfit) {
        return new OrderSpec(symbol, side, type, limitPrice, quantity, leverage, reduceOnly, newStopLoss, newTakeProfit, twap);
    }

    /** The same order, to be executed as slices over a duration. */
    public OrderSpec asTwap(TwapSpec newTwap) {
        return new OrderSpec(symbol, side, type, limitPrice, quantity, leverage, reduceOnly, stopLoss, takeProfit,
                requireNonNull(newTwap, "twap"));
    }

    public boolean isProtected() {
        return stopLoss != null || takeProfit != null;
    }

    private static void requireSide(String what, Price level, Price limit, boolean above) {
        if (level != null && (above ? !level.isAbove(limit) : !level.isBelow(limit))) {
            throw new IllegalArgumentException("a " + what + " of " + level + " must lie " + (above ? "above" : "below")
                    + " the limit price " + limit);
        }
    }
}
