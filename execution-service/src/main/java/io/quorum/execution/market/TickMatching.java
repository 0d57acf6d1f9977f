package io.quorum.execution.market;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.market.TickObserved;
import io.quorum.execution.matching.PaperBooks;
import io.quorum.execution.matching.RestingOrder;
import io.quorum.execution.orders.Liquidations;
import io.quorum.execution.orders.ProtectiveStops;
import io.quorum.execution.orders.Settlement;
import io.quorum.execution.orders.SlicedOrders;
import io.quorum.execution.orders.VenueOrder;
import io.quorum.execution.orders.VenueOrders;
import io.quorum.execution.platform.AfterCommit;
import io.quorum.execution.platform.ProcessedEvents;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tick is the paper venue's clock and its only counterparty: it fills every resting limit order
 * whose price it crossed, each at its own limit price as a maker, sends the TWAP slices due by its time, then liquidates the positions whose
 * liquidation price it reached, then closes the positions whose venue-side stop-loss or take-profit it reached.
 * Liquidation goes first: a tick that gaps through both closes at the liquidation price, which isolated margin
 * guarantees, rather than at a market price that could lose more than the margin. The fills commit together;
 * the book forgets the filled orders only after that commit.
 */
public class TickMatching {

    private final ProcessedEvents processedEvents;
    private final MarketMarks marks;
    private final PaperBooks books;
    private final VenueOrders orders;
    private final Settlement settlement;
    private final Liquidations liquidations;
    private final ProtectiveStops stops;
    private final SlicedOrders sliced;

    public TickMatching(ProcessedEvents processedEvents, MarketMarks marks, PaperBooks books, VenueOrders orders,
                        Settlement settlement, Liquidations liquidations, ProtectiveStops stops, SlicedOrders sliced) {
        this.processedEvents = processedEvents;
        this.marks = marks;
        this.books = books;
        this.orders = orders;
        this.settlement = settlement;
        this.liquidations = liquidations;
        this.stops = stops;
        this.sliced = sliced;
    }

    @Transactional
    public void onTick(Envelope<TickObserved> tick) {
        if (!processedEvents.firstDelivery(tick.eventId())) {
            return;
        }
        TickObserved observed = tick.payload();
        Instant at = tick.occurredAt();
        if (!marks.advance(observed.symbol(), observed.price(), at)) {
            return; // older than the last tick processed for this symbol
        }
        List<RestingOrder> crossed = books.crossedBy(observed.symbol(), observed.price(), at);
        List<ClientOrderId> dueSlices = sliced.dueAt(observed.symbol(), at);
        if (!crossed.isEmpty() || !dueSlices.isEmpty()) {
            // the crossed orders and the TWAP parents with a slice due are locked together, in one fixed order, as
            // a halt locks its bot's orders, so the two never deadlock
            Set<ClientOrderId> toLock = new HashSet<>(dueSlices);
            crossed.forEach(order -> toLock.add(order.clientOrderId()));
            Map<ClientOrderId, VenueOrder> open = orders.lockOpen(toLock);
            fill(crossed, open, tick, at);
            sliced.sendDue(dueSlices, open, tick, at);
        }
        // after the fills: a resting sell the tick filled may have closed a position it would otherwise liquidate
        liquidations.liquidateCrossed(observed.symbol(), observed.price(), tick, at);
        stops.closeReached(observed.symbol(), observed.price(), tick, at);
    }

    private void fill(List<RestingOrder> crossed, Map<ClientOrderId, VenueOrder> open, Envelope<TickObserved> tick,
                      Instant at) {
        for (RestingOrder order : crossed) { // best price first, then arrival
            VenueOrder stillOpen = open.get(order.clientOrderId());
            if (stillOpen != null) {
                settlement.fill(stillOpen, order.limitPrice(), Liquidity.MAKER, tick, at);
            }
        }
        // filled now, or already ended by another transaction: either way none of them rests any more; in the
        // order crossedBy listed them, so the book takes each out as its side's best without searching for it
        if (!crossed.isEmpty()) {
            AfterCommit.run(() -> books.removeAll(tick.payload().symbol(), crossed));
        }
    }
}
