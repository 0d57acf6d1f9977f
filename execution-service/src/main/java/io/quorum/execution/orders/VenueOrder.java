package io.quorum.execution.orders;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.executions.OrderCancelled;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.OrderPlaced;
import io.quorum.contracts.executions.OrderRejectedByVenue;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.OrderType;
import io.quorum.execution.matching.RestingOrder;
import java.time.Instant;
import java.util.Optional;

/**
 * An order at the venue. It is OPEN, or it ended FILLED, CANCELLED or REJECTED; it leaves OPEN only
 * through {@link #fill}, {@link #execute} or {@link #cancel}, each of which returns the event it caused.
 * The paper venue fills an order whole ({@link #fill}); the live venue may fill it in parts
 * ({@link #execute}). On the live venue an order is SUBMITTING while Bybit has not yet answered, and
 * leaves it through {@link #acceptedByVenue} or {@link #refusedByVenue}.
 */
public final class VenueOrder {

    public static final String VENUE = "paper";
    public static final String LIVE_VENUE = "bybit";

    private final ClientOrderId clientOrderId;
    private final IntentId intentId;
    private final UserId userId;
    private final BotId botId;
    private final OrderSpec spec;
    private final Instant placedAt;
    private OrderStatus status;
    private Price fillPrice;
    private Money fee;
    private Liquidity liquidity;
    private String reason;
    private Instant updatedAt;
    private Quantity filled;

    public VenueOrder(ClientOrderId clientOrderId, IntentId intentId, UserId userId, BotId botId, OrderSpec spec,
                      Instant placedAt, OrderStatus status, Price fillPrice, Money fee, Liquidity liquidity,
                      String reason, Instant updatedAt) {
        this(clientOrderId, intentId, userId, botId, spec, placedAt, status, fillPrice, fee, liquidity, reason, updatedAt,
                status == OrderStatus.FILLED ? spec.quantity() : Quantity.ZERO);
    }

    /** As read back from the venue orders table, with the quantity filled so far. */
    public VenueOrder(ClientOrderId clientOrderId, IntentId intentId, UserId userId, BotId botId, OrderSpec spec,
                      Instant placedAt, OrderStatus status, Price fillPrice, Money fee, Liquidity liquidity,
                      String reason, Instant updatedAt, Quantity filled) {
        this.filled = requireNonNull(filled, "filled");
        this.clientOrderId = requireNonNull(clientOrderId, "clientOrderId");
        this.intentId = requireNonNull(intentId, "intentId");
        this.userId = requireNonNull(userId, "userId");
        this.botId = requireNonNull(botId, "botId");
        this.spec = requireNonNull(spec, "spec");
        this.placedAt = requireNonNull(placedAt, "placedAt");
        this.status = requireNonNull(status, "status");
        this.fillPrice = fillPrice;
        this.fee = fee;
        this.liquidity = liquidity;
        this.reason = reason;
        this.updatedAt = requireNonNull(updatedAt, "updatedAt");
    }

    /** The venue accepted an approved order at event time {@code at}. */
    public static VenueOrder accept(OrderApproved approved, Instant at) {
        return open(approved.intentId(), approved.clientOrderId(), approved.userId(), approved.botId(), approved.order(), at);
    }

    /** An order the venue accepted at event time {@code at}. */
    public static VenueOrder open(IntentId intentId, ClientOrderId clientOrderId, UserId userId, BotId botId,
                                  OrderSpec spec, Instant at) {
        return new VenueOrder(clientOrderId, intentId, userId, botId, spec, at, OrderStatus.OPEN, null, null, null, null, at);
    }

    /** The venue refused an approved order; it never opens. */
    public static VenueOrder refuse(OrderApproved approved, String reason, Instant at) {
        return refuse(approved.intentId(), approved.clientOrderId(), approved.userId(), approved.botId(), approved.order(),
                reason, at);
    }

    /** An order the venue refused; it never opens. */
    public static VenueOrder refuse(IntentId intentId, ClientOrderId clientOrderId, UserId userId, BotId botId,
                                    OrderSpec spec, String reason, Instant at) {
        return new VenueOrder(clientOrderId, intentId, userId, botId, spec, at, OrderStatus.REJECTED, null, null, null,
                requireNonNull(reason, "reason"), at);
    }

    /** An approved order about to be sent to the live venue, which has not answered yet. */
    public static VenueOrder submitting(OrderApproved approved, Instant at) {
        return submitting(approved.intentId(), approved.clientOrderId(), approved.userId(), approved.botId(), approved.order(), at);
    }

    /** An order about to be sent to the live venue (a halted bot's closing order), which has not answered yet. */
    public static VenueOrder submitting(IntentId intentId, ClientOrderId clientOrderId, UserId userId, BotId botId,
                                        OrderSpec spec, Instant at) {
        return new VenueOrder(clientOrderId, intentId, userId, botId, spec, at, OrderStatus.SUBMITTING, null, null, null, null, at);
    }

    public OrderPlaced placed() {
        return placed(VENUE);
    }

    /** The order's announcement on {@code venue} (a live TWAP's parent, which the live venue accepts without sending). */
    public OrderPlaced placed(String venue) {
        return new OrderPlaced(intentId, userId, botId, clientOrderId, spec, venue);
    }

    /** The live venue holds the submitted order: it is OPEN there. */
    public OrderPlaced acceptedByVenue(Instant at) {
        requireSubmitting("accept");
        status = OrderStatus.OPEN;
        updatedAt = at;
        return new OrderPlaced(intentId, userId, botId, clientOrderId, spec, LIVE_VENUE);
    }

    /** The live venue refused the submitted order. */
    public OrderRejectedByVenue refusedByVenue(String why, Instant at) {
        requireSubmitting("refuse");
        status = OrderStatus.REJECTED;
        reason = requireNonNull(why, "reason");
        updatedAt = at;
        return rejection();
    }

    public OrderRejectedByVenue rejection() {
        if (status != OrderStatus.REJECTED) {
            throw new IllegalStateException("order " + clientOrderId + " was not rejected");
        }
        return new OrderRejectedByVenue(intentId, userId, botId, clientOrderId, spec, reason);
    }

    public OrderFilled fill(Price price, FeeSchedule fees, Liquidity takenAs, Instant at) {
        requireOpen("fill");
        status = OrderStatus.FILLED;
        fillPrice = price;
        liquidity = takenAs;
        fee = fees.feeOn(price.times(spec.quantity()), takenAs);
        filled = spec.quantity();
        updatedAt = at;
        return new OrderFilled(intentId, userId, botId, clientOrderId, spec, price, spec.quantity(), Quantity.ZERO, fee, takenAs);
    }

    /**
     * One execution the live venue reported: {@code quantity} at {@code price} for {@code executionFee}. The order
     * is FILLED when nothing is left; {@link #fee()} adds up the fees of its executions.
     */
    public OrderFilled execute(Price price, Quantity quantity, Money executionFee, Liquidity takenAs, Instant at) {
        requireOpen("execute");
        Quantity after = filled.plus(quantity);
        if (after.compareTo(spec.quantity()) > 0) {
            throw new IllegalStateException("order " + clientOrderId + " would fill " + after + " of " + spec.quantity());
        }
        filled = after;
        Quantity remaining = spec.quantity().minus(after);
        status = remaining.isZero() ? OrderStatus.FILLED : OrderStatus.OPEN;
        fillPrice = price;
        liquidity = takenAs;
        fee = fee == null ? executionFee : fee.plus(executionFee);
        updatedAt = at;
        return new OrderFilled(intentId, userId, botId, clientOrderId, spec, price, quantity, remaining, executionFee, takenAs);
    }

    /**
     * A SUBMITTING order whose bot stopped before the venue's answer was recorded: the stop cancelled whatever Bybit
     * held under its orderLinkId, so it ends CANCELLED and is never resumed.
     */
    public OrderCancelled withdraw(String why, Instant at) {
        requireSubmitting("withdraw");
        status = OrderStatus.CANCELLED;
        reason = requireNonNull(why, "reason");
        updatedAt = at;
        return new OrderCancelled(intentId, userId, botId, clientOrderId, spec, spec.quantity(), why);
    }

    public OrderCancelled cancel(String why, Instant at) {
        requireOpen("cancel");
        status = OrderStatus.CANCELLED;
        reason = requireNonNull(why, "reason");
        updatedAt = at;
        return new OrderCancelled(intentId, userId, botId, clientOrderId, spec, spec.quantity().minus(filled), why);
    }

    /** The book entry of an open limit order; market orders never rest. */
    public Optional<RestingOrder> resting() {
        if (status != OrderStatus.OPEN || spec.type() != OrderType.LIMIT) {
            return Optional.empty();
        }
        return Optional.of(new RestingOrder(clientOrderId, botId, spec.symbol(), spec.side(), spec.limitPrice(), placedAt));
    }

    private void requireOpen(String action) {
        if (status != OrderStatus.OPEN) {
            throw new IllegalStateException("cannot " + action + " order " + clientOrderId + ": it is " + status);
        }
    }

    private void requireSubmitting(String action) {
        if (status != OrderStatus.SUBMITTING) {
            throw new IllegalStateException("cannot " + action + " order " + clientOrderId + ": it is " + status);
        }
    }

    public ClientOrderId clientOrderId() { return clientOrderId; }
    public IntentId intentId() { return intentId; }
    public UserId userId() { return userId; }
    public BotId botId() { return botId; }
    public OrderSpec spec() { return spec; }
    public Instant placedAt() { return placedAt; }
    public OrderStatus status() { return status; }
    public Price fillPrice() { return fillPrice; }
    public Money fee() { return fee; }
    public Liquidity liquidity() { return liquidity; }
    public String reason() { return reason; }
    public Instant updatedAt() { return updatedAt; }
    public Quantity filled() { return filled; }
}
