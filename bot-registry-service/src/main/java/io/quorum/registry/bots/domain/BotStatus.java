package io.quorum.registry.bots.domain;

/**
 * Where a bot is in its life. STOPPING lasts until its orders are gone and its budget is released;
 * a STOPPED bot may be started again.
 */
public enum BotStatus {
    CREATED,
    RUNNING,
    STOPPING,
    STOPPED;

    public boolean canStart() {
        return this == CREATED || this == STOPPED;
    }
}
