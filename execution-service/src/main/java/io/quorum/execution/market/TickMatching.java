package io.quorum.execution.market;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.market.TickObserved;
import io.quorum.execution.matching.PaperBooks;
import io.quorum.execution.matching.RestingOrder;
import io.quorum.execution.orders.OrderStatus;
import io.quorum.execution.orders.Settlement;
import io.quorum.execution.orders.VenueOrders;
import io.quorum.execution.platform.AfterCommit;
import io.quorum.execution.platform.ProcessedEvents;
import java.time.Instant;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tick is the paper venue's clock and its only counterparty: it fills every resting limit order
 * whose price it crossed, each at its own limit price as a maker. The fills commit together; the
 * book forgets the filled orders only after that commit.
 */
public class TickMatching {

    private final ProcessedEvents processedEvents;
    private final MarketMarks marks;
    private final PaperBooks books;
    private final VenueOrders orders;
    private final Settlement settlement;

    public TickMatching(ProcessedEvents processedEvents, MarketMarks marks, PaperBooks books, VenueOrders orders,
                        Settlement settlement) {
        this.processedEvents = processedEvents;
        this.marks = marks;
        this.books = books;
        this.orders = orders;
        this.settlement = settlement;
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
        for (RestingOrder crossed : books.crossedBy(observed.symbol(), observed.price(), at)) {
            orders.find(crossed.clientOrderId())
                    .filter(order -> order.status() == OrderStatus.OPEN)
                    .ifPresent(order -> settlement.fill(order, crossed.limitPrice(), Liquidity.MAKER, tick, at));
            // filled now, or already ended by another transaction: either way it no longer rests
            AfterCommit.run(() -> books.remove(crossed.symbol(), crossed.clientOrderId()));
        }
    }
}
