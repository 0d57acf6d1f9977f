package io.quorum.execution.matching;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.Side;
import java.time.Instant;

/** A limit order waiting in the paper book; {@code placedAt} is the event time it was accepted at. */
public record RestingOrder(ClientOrderId clientOrderId, BotId botId, Symbol symbol, Side side, Price limitPrice,
                           Instant placedAt) {

    public RestingOrder {
        requireNonNull(clientOrderId, "clientOrderId");
        requireNonNull(botId, "botId");
        requireNonNull(symbol, "symbol");
        requireNonNull(side, "side");
        requireNonNull(limitPrice, "limitPrice");
        requireNonNull(placedAt, "placedAt");
    }

    /** A resting buy fills when the market trades at or below its limit; a sell at or above. */
    public boolean isCrossedBy(Price tick) {
        return side == Side.BUY ? !tick.isAbove(limitPrice) : !tick.isBelow(limitPrice);
    }
}
