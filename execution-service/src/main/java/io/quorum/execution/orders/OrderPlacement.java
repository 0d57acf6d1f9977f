package io.quorum.execution.orders;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.execution.market.MarketMarks;
import io.quorum.execution.matching.PaperBooks;
import io.quorum.execution.platform.AfterCommit;
import io.quorum.execution.platform.Outbox;
import io.quorum.execution.platform.ProcessedEvents;
import io.quorum.execution.positions.Position;
import io.quorum.execution.positions.Positions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places an approved order on the paper venue: at most one venue order per intent, ever. A refused
 * order is recorded too, so a redelivery is refused silently rather than announced twice. An order that
 * {@link SlicedOrders} takes over is announced here and then filled in slices.
 */
public class OrderPlacement implements Placement {

    private final ProcessedEvents processedEvents;
    private final VenueOrders orders;
    private final MarketMarks marks;
    private final Positions positions;
    private final List<PlacementPolicy> policies;
    private final PaperPricing pricing;
    private final Settlement settlement;
    private final PaperBooks books;
    private final Outbox outbox;
    private final SlicedOrders sliced;

    public OrderPlacement(ProcessedEvents processedEvents, VenueOrders orders, MarketMarks marks, Positions positions,
                          List<PlacementPolicy> policies, PaperPricing pricing, Settlement settlement, PaperBooks books,
                          Outbox outbox, SlicedOrders sliced) {
        this.processedEvents = processedEvents;
        this.orders = orders;
        this.marks = marks;
        this.positions = positions;
        this.policies = List.copyOf(policies);
        this.pricing = pricing;
        this.settlement = settlement;
        this.books = books;
        this.outbox = outbox;
        this.sliced = sliced;
    }

    @Override
    @Transactional
    public void place(Envelope<OrderApproved> approval) {
        if (!processedEvents.firstDelivery(approval.eventId())) {
            return;
        }
        OrderApproved approved = approval.payload();
        Instant at = approval.occurredAt();
        var symbol = approved.order().symbol();
        Optional<Price> lastPrice = marks.lastPrice(symbol);
        Position position = positions.find(approved.botId(), symbol)
                .orElseGet(() -> Position.flat(approved.userId(), approved.botId(), symbol));
        Verdict verdict = PlacementPolicy.firstRejection(policies, new PlacementRequest(approved, lastPrice, position));
        if (!verdict.allowed()) {
            VenueOrder refused = VenueOrder.refuse(approved, verdict.reason(), at);
            if (orders.insertIfAbsent(refused)) {
                outbox.add(approval.cause(refused.rejection(), at));
            }
            return;
        }
        VenueOrder order = VenueOrder.accept(approved, at);
        if (!orders.insertIfAbsent(order)) {
            return; // this intent already has its venue order: a redelivery in another envelope
        }
        outbox.add(approval.cause(order.placed(), at));
        if (sliced.start(order, approval, lastPrice, at)) {
            return; // a large (or TWAP-marked) order is filled slice by slice over event time instead, never resting
        }
        Optional<Price> immediate = pricing.immediateFillPrice(order.spec(), lastPrice);
        if (immediate.isPresent()) {
            settlement.fill(order, immediate.get(), Liquidity.TAKER, approval, at);
        } else {
            order.resting().ifPresent(resting -> AfterCommit.run(() -> books.rest(resting)));
        }
    }
}
