package io.quorum.contracts.orders;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;

/**
 * What an order is: the same from intent to fill. {@code limitPrice} is present exactly for limit
 * orders. A reduce-only order can only shrink the bot's position, so it needs no new margin.
 */
public record OrderSpec(Symbol symbol, Side side, OrderType type, Price limitPrice, Quantity quantity, int leverage,
                        boolean reduceOnly) {

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
    }

    public static OrderSpec limit(Symbol symbol, Side side, Price price, Quantity quantity, int leverage, boolean reduceOnly) {
        return new OrderSpec(symbol, side, OrderType.LIMIT, price, quantity, leverage, reduceOnly);
    }

    public static OrderSpec market(Symbol symbol, Side side, Quantity quantity, int leverage, boolean reduceOnly) {
        return new OrderSpec(symbol, side, OrderType.MARKET, null, quantity, leverage, reduceOnly);
    }
}
