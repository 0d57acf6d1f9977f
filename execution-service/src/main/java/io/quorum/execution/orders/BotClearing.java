package io.quorum.execution.orders;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.orders.BotTradingHalted;

/** How a halted bot leaves the venue clean: the paper venue's {@link BotHalts} or the live venue's. */
public interface BotClearing {

    void halt(Envelope<BotTradingHalted> halt);
}
