package io.quorum.registry.bots.domain;

import io.quorum.contracts.ids.BotId;

/** A running or stopping bot's settings cannot change: the user must stop it first. */
public class SettingsLocked extends RuntimeException {

    private final BotStatus status;
    private final String advice;

    /** Its grid cannot change. */
    public SettingsLocked(BotId bot, BotStatus status) {
        this(bot, status, "Stop the bot to change its grid");
    }

    /** @param advice what the user is told, e.g. "Stop the bot to change its budget" */
    public SettingsLocked(BotId bot, BotStatus status, String advice) {
        super("bot " + bot + " is " + status);
        this.status = status;
        this.advice = advice;
    }

    public BotStatus status() {
        return status;
    }

    public String advice() {
        return advice;
    }
}
