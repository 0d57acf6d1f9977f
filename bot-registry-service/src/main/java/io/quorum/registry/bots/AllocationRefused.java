package io.quorum.registry.bots;

import io.quorum.registry.bots.domain.BudgetReservations.Refused;

/** The allocation would not reserve the bot's budget; the user is told why in its words. */
class AllocationRefused extends RuntimeException {

    private final Refused refusal;

    AllocationRefused(Refused refusal) {
        super(refusal.detail());
        this.refusal = refusal;
    }

    Refused refusal() {
        return refusal;
    }
}
