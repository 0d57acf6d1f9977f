package io.quorum.registry.bots;

/** The allocation did not answer, so the bot cannot start now; it stays as it was. */
class AllocationUnavailable extends RuntimeException {

    AllocationUnavailable(String reason) {
        super(reason);
    }
}
