package io.quorum.execution.orders;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.OrderApproved;
import java.util.Optional;

/**
 * On the live venue, the hook a placement calls in the approval's transaction once the live policies accepted the
 * order: whether it is executed as a TWAP (slices over a duration, package {@code twap}) instead of being sent whole.
 */
public interface LiveSlicing {

    /**
     * True when the approved order is executed as slices: its parent order is recorded OPEN and announced, and its run
     * started — the slices are sent by the scheduler, not by the caller. False: the caller sends it as one order.
     * {@code reference} prices a market order for the size threshold (a limit order is priced at its limit).
     */
    boolean start(Envelope<OrderApproved> approval, Optional<Price> reference);
}
