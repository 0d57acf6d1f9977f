package io.quorum.execution.orders;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.execution.metrics.ExecutionMetrics;
import io.quorum.execution.platform.Outbox;
import io.quorum.execution.positions.Position;
import io.quorum.execution.positions.Positions;
import io.quorum.execution.positions.Protection;
import java.time.Instant;
import java.util.Optional;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything one fill changes, inside the caller's transaction: the order becomes FILLED, the fill is
 * recorded, the bot's position moves (and with it its stop-loss and take-profit: an entry attaches its own,
 * a close clears them), and OrderFilled and PositionChanged go to the outbox.
 */
public class Settlement {

    private final VenueOrders orders;
    private final Fills fills;
    private final Positions positions;
    private final Outbox outbox;
    private final FeeSchedule fees;
    private final ExecutionMetrics metrics;

    public Settlement(VenueOrders orders, Fills fills, Positions positions, Outbox outbox, FeeSchedule fees,
                      ExecutionMetrics metrics) {
        this.metrics = metrics;
        this.orders = orders;
        this.fills = fills;
        this.positions = positions;
        this.outbox = outbox;
        this.fees = fees;
    }

    /** Fills an open order at {@code price}; false when another transaction ended the order first. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean fill(VenueOrder open, Price price, Liquidity liquidity, Envelope<?> cause, Instant at) {
        return fill(open, price, liquidity, cause, at, null);
    }

    /** As {@link #fill(VenueOrder, Price, Liquidity, Envelope, Instant)}, the position change saying {@code reason}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean fill(VenueOrder open, Price price, Liquidity liquidity, Envelope<?> cause, Instant at, String reason) {
        OrderFilled filled = open.fill(price, fees, liquidity, at);
        return settle(open, cause.cause(filled, at), cause, at, reason);
    }

    /**
     * Fills {@code quantity} of an open order at {@code price} — one slice of a TWAP on the paper venue — paying the
     * fee on that part; the order stays OPEN until nothing is left. Empty when another transaction ended it first.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<OrderFilled> fillPart(VenueOrder open, Price price, Quantity quantity, Liquidity liquidity,
                                          Envelope<?> cause, Instant at) {
        Money fee = fees.feeOn(price.times(quantity), liquidity);
        Envelope<OrderFilled> filled = cause.cause(open.execute(price, quantity, fee, liquidity, at), at);
        return settle(open, filled, cause, at, null) ? Optional.of(filled.payload()) : Optional.empty();
    }

    /**
     * Applies one execution the live venue reported — its own price, quantity and fee, at its own time — to an open
     * order; false when another transaction ended the order first. Nothing caused it in Quorum, so OrderFilled
     * originates here and causes the position change.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean execute(VenueOrder open, Price price, Quantity quantity, Money fee, Liquidity liquidity, Instant at) {
        return execute(open, price, quantity, fee, liquidity, at, null);
    }

    /** As {@link #execute(VenueOrder, Price, Quantity, Money, Liquidity, Instant)}, the position change saying {@code reason}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean execute(VenueOrder open, Price price, Quantity quantity, Money fee, Liquidity liquidity, Instant at,
                           String reason) {
        Envelope<OrderFilled> filled = Envelope.originating(open.execute(price, quantity, fee, liquidity, at), at);
        return settle(open, filled, filled, at, reason);
    }

    private boolean settle(VenueOrder open, Envelope<OrderFilled> filled, Envelope<?> cause, Instant at, String reason) {
        if (!orders.recordTransition(open)) {
            return false;
        }
        OrderFilled fill = filled.payload();
        fills.record(fill, at);
        var spec = open.spec();
        Positions.Protected held = positions.lockProtected(open.userId(), open.botId(), spec.symbol());
        Position before = held.position();
        Position after = before.afterFill(spec.side(), fill.price(), fill.quantity(), fill.fee(), spec.leverage());
        Protection protection = held.protection().afterFill(before, after, spec);
        positions.save(after, protection, at);
        outbox.add(filled);
        outbox.add(cause.cause(after.changed(protection, reason), at));
        metrics.filled(spec, open.placedAt(), at, after.realizedPnl().minus(before.realizedPnl()), fill.fee());
        return true;
    }
}
