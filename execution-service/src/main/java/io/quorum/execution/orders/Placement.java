package io.quorum.execution.orders;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.orders.OrderApproved;

/** Where an approved order goes: the paper venue ({@link OrderPlacement}) or the live one (Bybit). */
public interface Placement {

    void place(Envelope<OrderApproved> approval);
}
