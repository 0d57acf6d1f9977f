package io.quorum.registry.bots.domain;

import io.quorum.contracts.ids.BotId;

/** A running or stopping bot's settings cannot change: the user must stop it first. */
public class SettingsLocked extends RuntimeException {

    private final BotStatus status;

    public SettingsLocked(BotId bot, BotStatus status) {
        super("bot " + bot + " is " + status);
        this.status = status;
    }

    public BotStatus status() {
        return status;
    }
}
