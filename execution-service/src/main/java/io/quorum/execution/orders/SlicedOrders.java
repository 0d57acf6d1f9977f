package io.quorum.execution.orders;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.TickObserved;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.OrderApproved;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Orders the paper venue executes as slices over event time rather than at once (TWAP, package {@code twap}): the
 * hooks placement, ticks and halts call. All run inside the caller's transaction.
 */
public interface SlicedOrders {

    /**
     * The approved order {@code parent}, just accepted and announced, is to be sliced: the run is recorded and its first
     * slice filled now if the order is marketable at {@code lastPrice} (else on a later tick); true. False when the
     * order is placed as one order (filled at once or resting in the book).
     */
    boolean start(VenueOrder parent, Envelope<OrderApproved> approval, Optional<Price> lastPrice, Instant at);

    /** The parent orders of the runs of {@code symbol} whose next slice is due at event time {@code at}. */
    List<ClientOrderId> dueAt(Symbol symbol, Instant at);

    /**
     * Sends the due slices of {@code due}, whose parents the caller locked: {@code open} holds those still OPEN (a
     * parent another transaction ended sends nothing more).
     */
    void sendDue(Collection<ClientOrderId> due, Map<ClientOrderId, VenueOrder> open, Envelope<TickObserved> tick,
                 Instant at);

    /** The bot stopped and its parent orders were cancelled: its runs end, no slice is sent after this. */
    void botHalted(BotId botId, String reason, Instant at);

}
