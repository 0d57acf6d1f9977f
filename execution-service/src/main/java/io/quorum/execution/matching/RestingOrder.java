package io.quorum.execution.matching;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.Side;
import java.time.Instant;
import java.util.Objects;

/**
 * A limit order waiting in the paper book; {@code placedAt} is the event time it was accepted at.
 *
 * <p>A value like a record, but it also carries its limit and placement as longs ({@link PriceKey},
 * {@link EventTimeKey}), worked out once here: the book compares and moves only those, so resting, finding and
 * removing an order never converts a decimal or reads another object. A limit the book cannot hold exactly (more
 * than ten decimals) is refused here, at the edge.
 */
public final class RestingOrder {

    private final ClientOrderId clientOrderId;
    private final BotId botId;
    private final Symbol symbol;
    private final Side side;
    private final Price limitPrice;
    private final Instant placedAt;
    final long priceKey;
    final long placedKey;

    public RestingOrder(ClientOrderId clientOrderId, BotId botId, Symbol symbol, Side side, Price limitPrice,
                        Instant placedAt) {
        this.clientOrderId = requireNonNull(clientOrderId, "clientOrderId");
        this.botId = requireNonNull(botId, "botId");
        this.symbol = requireNonNull(symbol, "symbol");
        this.side = requireNonNull(side, "side");
        this.limitPrice = requireNonNull(limitPrice, "limitPrice");
        this.placedAt = requireNonNull(placedAt, "placedAt");
        this.priceKey = PriceKey.of(limitPrice);
        this.placedKey = EventTimeKey.of(placedAt);
    }

    public ClientOrderId clientOrderId() {
        return clientOrderId;
    }

    public BotId botId() {
        return botId;
    }

    public Symbol symbol() {
        return symbol;
    }

    public Side side() {
        return side;
    }

    public Price limitPrice() {
        return limitPrice;
    }

    public Instant placedAt() {
        return placedAt;
    }

    /** A resting buy fills when the market trades at or below its limit; a sell at or above. */
    public boolean isCrossedBy(Price tick) {
        return side == Side.BUY ? !tick.isAbove(limitPrice) : !tick.isBelow(limitPrice);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RestingOrder that && clientOrderId.equals(that.clientOrderId) && botId.equals(that.botId)
                && symbol.equals(that.symbol) && side == that.side && limitPrice.equals(that.limitPrice)
                && placedAt.equals(that.placedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clientOrderId, botId, symbol, side, limitPrice, placedAt);
    }

    @Override
    public String toString() {
        return "RestingOrder[clientOrderId=" + clientOrderId + ", botId=" + botId + ", symbol=" + symbol + ", side="
                + side + ", limitPrice=" + limitPrice + ", placedAt=" + placedAt + "]";
    }
}
