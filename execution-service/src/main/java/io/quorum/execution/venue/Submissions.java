package io.quorum.execution.venue;

import io.quorum.contracts.bots.BotStopTriggered;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.OrderRejectedByVenue;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.execution.orders.LiveSlicing;
import io.quorum.execution.orders.OrderStatus;
import io.quorum.execution.orders.PlacementPolicy;
import io.quorum.execution.orders.PlacementRequest;
import io.quorum.execution.orders.Verdict;
import io.quorum.execution.orders.VenueOrder;
import io.quorum.execution.orders.VenueOrders;
import io.quorum.execution.platform.Outbox;
import io.quorum.execution.platform.ProcessedEvents;
import io.quorum.execution.positions.Position;
import io.quorum.execution.positions.Positions;
import io.quorum.execution.venue.bybit.PlacementOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two transactions around a live placement, so the HTTP call to Bybit runs in neither: {@link #open} records the
 * approved order as SUBMITTING (or refuses it by the venue's rules), {@link #record} records Bybit's answer and the
 * events it causes. An order found still SUBMITTING — its answer never recorded — is handed out again to be resumed.
 * An order to be executed as a TWAP ({@link LiveSlicing}) is recorded OPEN as the parent of its slices instead, and
 * nothing is handed out: the slices are opened and sent by {@link LiveTwap}.
 */
public class Submissions {

    private static final Logger LOG = LoggerFactory.getLogger(Submissions.class);

    /** An order to send; {@code resumed} when an earlier attempt may have reached the venue already. */
    public record Submission(VenueOrder order, boolean resumed) {
    }

    private final ProcessedEvents processedEvents;
    private final VenueOrders orders;
    private final Positions positions;
    private final List<PlacementPolicy> policies;
    private final Function<Symbol, Optional<Instrument>> instruments;
    private final Outbox outbox;
    private final LiveSlicing slicing;

    public Submissions(ProcessedEvents processedEvents, VenueOrders orders, Positions positions,
                       Function<Symbol, Optional<Instrument>> instruments, Outbox outbox, LiveSlicing slicing) {
        this.processedEvents = processedEvents;
        this.orders = orders;
        this.positions = positions;
        this.policies = PlacementPolicy.liveVenue(instruments);
        this.instruments = instruments;
        this.outbox = outbox;
        this.slicing = slicing;
    }

    @Transactional
    public Optional<Submission> open(Envelope<OrderApproved> approval) {
        boolean first = processedEvents.firstDelivery(approval.eventId());
        OrderApproved approved = approval.payload();
        Optional<VenueOrder> existing = orders.find(approved.clientOrderId());
        if (existing.isPresent()) {
            return existing.filter(order -> order.status() == OrderStatus.SUBMITTING).map(order -> new Submission(order, true));
        }
        if (!first) {
            return Optional.empty();
        }
        Instant at = approval.occurredAt();
        Position position = positions.find(approved.botId(), approved.order().symbol())
                .orElseGet(() -> Position.flat(approved.userId(), approved.botId(), approved.order().symbol()));
        Verdict verdict = PlacementPolicy.firstRejection(policies, new PlacementRequest(approved, Optional.empty(), position));
        if (verdict.allowed()) {
            verdict = oneLeveragePerSymbol(approved);
        }
        if (!verdict.allowed()) {
            VenueOrder refused = VenueOrder.refuse(approved, verdict.reason(), at);
            if (orders.insertIfAbsent(refused)) {
                outbox.add(approval.cause(refused.rejection(), at));
            }
            return Optional.empty();
        }
        // a market order is priced for the TWAP size threshold by the bot's entry when it reduces the position: the live
        // venue has no last price here (an opening market order is sliced when its strategy asked for it, or when the
        // allocation, which priced it from the order book, marked it as above the threshold: OrderApproved.twapBySize)
        Optional<Price> reference = approved.order().reduceOnly() && !position.isFlat()
                ? Optional.of(position.entryPrice()) : Optional.empty();
        if (slicing.start(approval, reference)) {
            return Optional.empty(); // executed as a TWAP: its slices are sent by the scheduler (LiveTwap)
        }
        VenueOrder order = VenueOrder.submitting(approved, at);
        return orders.insertIfAbsent(order) ? Optional.of(new Submission(order, false)) : Optional.empty();
    }

    /**
     * Bybit keeps one leverage per account and symbol (one-way mode: one netted position): an order that may open or
     * grow a position at another leverage than a bot of the same user already trades the symbol at (its live orders or
     * its open position) is refused, rather than changing the leverage under the other bot's position.
     */
    private Verdict oneLeveragePerSymbol(OrderApproved approved) {
        OrderSpec spec = approved.order();
        if (spec.reduceOnly()) {
            return Verdict.allow();
        }
        return orders.otherLeverage(approved.userId(), approved.botId(), spec.symbol(), spec.leverage())
                .map(other -> Verdict.reject("OneLeveragePerSymbol", "Bybit keeps one leverage per symbol and account: bot " + other.botId()
                        + " trades " + spec.symbol() + " at " + other.leverage() + "x, this order asks " + spec.leverage() + "x"))
                .orElse(Verdict.allow());
    }

    /** The order if it still awaits Bybit's answer (reconciliation or another delivery may have recorded one). */
    public Optional<VenueOrder> stillSubmitting(ClientOrderId id) {
        return orders.find(id).filter(order -> order.status() == OrderStatus.SUBMITTING);
    }

    /** Records Bybit's answer to a SUBMITTING order, the events caused by {@code approval} (an approval, or a halt). */
    @Transactional
    public void record(Envelope<?> approval, VenueOrder order, PlacementOutcome outcome) {
        Instant at = approval.occurredAt();
        switch (outcome) {
            case PlacementOutcome.Placed placed -> {
                var event = order.acceptedByVenue(at);
                if (orders.recordVenueAnswer(order, placed.orderId())) {
                    outbox.add(approval.cause(event, at));
                }
            }
            case PlacementOutcome.Rejected rejected -> refuse(approval, order,
                    rejected.alert() ? "insufficient balance on Bybit: " + rejected.reason() : rejected.reason(), at);
            case PlacementOutcome.BotMustStop stop -> {
                String reason = "Bybit refused the account's API key, the bot stops: " + stop.reason();
                if (refuse(approval, order, reason, at)) {
                    outbox.add(approval.cause(new BotStopTriggered(order.botId(), order.userId(), reason,
                            referencePrice(order.spec())), at));
                }
            }
            // left SUBMITTING: the next delivery of the approval, or reconciliation, looks it up by its orderLinkId
            case PlacementOutcome.Unresolved unresolved ->
                    LOG.warn("order {} unresolved at Bybit, left submitting: {}", order.clientOrderId(), unresolved.reason());
        }
    }

    private boolean refuse(Envelope<?> approval, VenueOrder order, String reason, Instant at) {
        OrderRejectedByVenue rejection = order.refusedByVenue(reason, at);
        if (!orders.recordVenueAnswer(order, null)) {
            return false;
        }
        outbox.add(approval.cause(rejection, at));
        return true;
    }

    /**
     * BotStopTriggered names a price; a refused key is no price event, so the order's own reference price is given
     * (the registry stops the bot on the reason alone). A market order without a stop or target names its
     * instrument's tick, the smallest price there is.
     */
    private Price referencePrice(OrderSpec spec) {
        if (spec.limitPrice() != null) {
            return spec.limitPrice();
        }
        if (spec.stopLoss() != null) {
            return spec.stopLoss();
        }
        if (spec.takeProfit() != null) {
            return spec.takeProfit();
        }
        return Price.of(instruments.apply(spec.symbol()).map(Instrument::tickSize).orElse(BigDecimal.ONE));
    }
}
