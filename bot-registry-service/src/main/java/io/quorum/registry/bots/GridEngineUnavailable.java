package io.quorum.registry.bots;

/** The grid engine could not check a grid, so it is not stored; the user may try again. */
class GridEngineUnavailable extends RuntimeException {

    GridEngineUnavailable(String reason) {
        super(reason);
    }
}
