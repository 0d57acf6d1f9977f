package io.quorum.allocation.ledger;

/** Where a bot's budget is in its run: trading, stopping (orders being cleared), or given back to the user. */
public enum BudgetStatus {
    RESERVED,
    HALTING,
    RELEASED;

    /** A budget still holds part of the user's balance until it is released. */
    public boolean isActive() {
        return this != RELEASED;
    }
}
