package io.quorum.execution.orders;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.orders.PositionProtectionRequested;

/**
 * Moves an open position's stop-loss and take-profit on request: on the paper venue {@link ProtectionRequests}, on
 * Bybit the live venue's trading-stop. Either answers with a PositionChanged carrying the levels the position holds.
 */
public interface PositionProtection {

    void request(Envelope<PositionProtectionRequested> request);
}
