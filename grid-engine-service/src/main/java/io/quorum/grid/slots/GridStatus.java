package io.quorum.grid.slots;

/** ACTIVE grids trade; a grid that CANNOT_RUN never did (its reason says why); a STOPPED one trades no more. */
public enum GridStatus {
    ACTIVE,
    CANNOT_RUN,
    STOPPED
}
