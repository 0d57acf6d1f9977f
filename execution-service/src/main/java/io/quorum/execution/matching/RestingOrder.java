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
 *
 * <p>Not final only so that the matching benchmark can link each of its prepared orders to the grid's next order on
 * the same slot; every method is final, so a subclass can add state but change nothing the book or {@link #equals}
 * read.
 */
public class RestingOrder {

    private final ClientOrderId clientOrderId;
    private final BotId botId;
    private final Symbol symbol;
    private final Side side;
    private final Price limitPrice;
    private final Instant placedAt;
    final long priceKey;
    final long placedKey;
    /** The id's hash, so the book tells orders at one price apart without reading another order. */
    final int idHash;

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
        this.idHash = clientOrderId.hashCode();
    }

    public final ClientOrderId clientOrderId() {
        return clientOrderId;
    }

    public final BotId botId() {
        return botId;
    }

    public final Symbol symbol() {
        return symbol;
    }

    public final Side side() {
        return side;
    }

    public final Price limitPrice() {
        return limitPrice;
    }

    public final Instant placedAt() {
        return placedAt;
    }

    /** A resting buy fills when the market trades at or below its limit; a sell at or above. */
    public final boolean isCrossedBy(Price tick) {
        return side == Side.BUY ? !tick.isAbove(limitPrice) : !tick.isBelow(limitPrice);
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof RestingOrder that && clientOrderId.equals(that.clientOrderId) && botId.equals(that.botId)
                && symbol.equals(that.symbol) && side == that.side && limitPrice.equals(that.limitPrice)
                && placedAt.equals(that.placedAt);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(clientOrderId, botId, symbol, side, limitPrice, placedAt);
    }

    @Override
    public final String toString() {
        return "RestingOrder[clientOrderId=" + clientOrderId + ", botId=" + botId + ", symbol=" + symbol + ", side="
                + side + ", limitPrice=" + limitPrice + ", placedAt=" + placedAt + "]";
    }
}
