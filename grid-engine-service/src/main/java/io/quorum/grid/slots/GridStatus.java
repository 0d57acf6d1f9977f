package io.quorum.grid.slots;

/**
 * WAITING grids have a trigger price the market has not reached yet (nothing placed); ACTIVE grids
 * trade; a grid that CANNOT_RUN never did (its reason says why); an EXITING one hit its stop-loss or
 * take-profit and asked for its bot to stop; a STOPPED one trades no more.
 */
public enum GridStatus {
    WAITING,
    ACTIVE,
    CANNOT_RUN,
    EXITING,
    STOPPED;

    /** Still following the market: it may place orders, arm, or exit. */
    public boolean isLive() {
        return this == WAITING || this == ACTIVE;
    }
}
