package io.quorum.execution.venue.bybit;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderType;
import io.quorum.contracts.orders.Side;
import java.util.Optional;

/**
 * A linear order as Quorum sends it to Bybit: its orderLinkId (derived from the intent, so the venue
 * itself refuses a second placement), a limit price for limit orders only, time in force,
 * reduce-only, and an optional take-profit and stop-loss attached to the position it opens.
 */
public record NewOrder(ClientOrderId clientOrderId, Symbol symbol, Side side, OrderType type, Quantity quantity,
                       Optional<Price> limitPrice, TimeInForce timeInForce, boolean reduceOnly,
                       Optional<Price> takeProfit, Optional<Price> stopLoss) {

    /** Bybit's timeInForce values. */
    public enum TimeInForce {
        GTC("GTC"), IOC("IOC"), FOK("FOK"), POST_ONLY("PostOnly");

        final String wire;

        TimeInForce(String wire) {
            this.wire = wire;
        }
    }

    public NewOrder {
        requireNonNull(clientOrderId, "clientOrderId");
        requireNonNull(symbol, "symbol");
        requireNonNull(side, "side");
        requireNonNull(type, "type");
        requireNonNull(quantity, "quantity");
        requireNonNull(limitPrice, "limitPrice");
        requireNonNull(timeInForce, "timeInForce");
        requireNonNull(takeProfit, "takeProfit");
        requireNonNull(stopLoss, "stopLoss");
        if (quantity.isZero()) {
            throw new IllegalArgumentException("an order needs a positive quantity");
        }
        if ((type == OrderType.LIMIT) != limitPrice.isPresent()) {
            throw new IllegalArgumentException("a limit order, and only a limit order, has a limit price");
        }
    }

    public static NewOrder limit(ClientOrderId id, Symbol symbol, Side side, Quantity quantity, Price price) {
        return new NewOrder(id, symbol, side, OrderType.LIMIT, quantity, Optional.of(price), TimeInForce.GTC, false,
                Optional.empty(), Optional.empty());
    }

    public static NewOrder market(ClientOrderId id, Symbol symbol, Side side, Quantity quantity) {
        return new NewOrder(id, symbol, side, OrderType.MARKET, quantity, Optional.empty(), TimeInForce.IOC, false,
                Optional.empty(), Optional.empty());
    }

    public NewOrder reducingOnly() {
        return new NewOrder(clientOrderId, symbol, side, type, quantity, limitPrice, timeInForce, true, takeProfit, stopLoss);
    }

    public NewOrder withTimeInForce(TimeInForce tif) {
        return new NewOrder(clientOrderId, symbol, side, type, quantity, limitPrice, tif, reduceOnly, takeProfit, stopLoss);
    }

    public NewOrder withTakeProfitAndStopLoss(Optional<Price> tp, Optional<Price> sl) {
        return new NewOrder(clientOrderId, symbol, side, type, quantity, limitPrice, timeInForce, reduceOnly, tp, sl);
    }
}
