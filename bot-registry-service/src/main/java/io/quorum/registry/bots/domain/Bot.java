package io.quorum.registry.bots.domain;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.BotStopRequested;
import io.quorum.contracts.bots.BotStopped;
import io.quorum.contracts.event.Event;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * A user's bot. Immutable: every lifecycle change returns the bot after it and the event it caused,
 * and refuses changes its status does not allow.
 */
public record Bot(BotId id, UserId owner, BotSettings settings, BotStatus status, String statusReason,
                  Instant createdAt, Instant updatedAt) {

    public Bot {
        requireNonNull(id, "id");
        requireNonNull(owner, "owner");
        requireNonNull(settings, "settings");
        requireNonNull(status, "status");
        requireNonNull(createdAt, "createdAt");
        requireNonNull(updatedAt, "updatedAt");
    }

    /** A lifecycle change: the bot after it, and the event to publish with it. */
    public record Transition<E extends Event>(Bot bot, E event) {
    }

    public static Bot create(BotId id, UserId owner, BotSettings settings, Instant now) {
        return new Bot(id, owner, settings, BotStatus.CREATED, null, now, now);
    }

    /** Checked before the budget is reserved, so a running bot does not reserve again. */
    public void ensureStartable() {
        if (!status.canStart()) {
            throw new BotTransitionRefused("bot " + id + " is " + status + " and cannot be started");
        }
    }

    public Transition<BotStarted> start(Instant now) {
        ensureStartable();
        var started = new BotStarted(id, owner, settings.name(), settings.kind(), settings.symbol(), settings.budget(),
                settings.leverage(), settings.grid(), settings.trend());
        return new Transition<>(moveTo(BotStatus.RUNNING, null, now), started);
    }

    public Transition<BotStopRequested> requestStop(String reason, Instant now) {
        if (status != BotStatus.RUNNING) {
            throw new BotTransitionRefused("bot " + id + " is " + status + "; only a RUNNING bot can be stopped");
        }
        return new Transition<>(moveTo(BotStatus.STOPPING, reason, now), new BotStopRequested(id, owner, reason));
    }

    /**
     * The bot's own rule (a grid's stop-loss or take-profit) asks it to stop. Only a RUNNING bot has
     * anything to stop; a bot already stopping, stopped or never started stays as it is.
     */
    public Optional<Transition<BotStopRequested>> stopTriggered(String reason, Instant now) {
        if (status != BotStatus.RUNNING) {
            return Optional.empty();
        }
        return Optional.of(requestStop(reason, now));
    }

    /**
     * New settings, e.g. another grid. A running or stopping bot trades on its current ones (the grid
     * engine and the allocation were told them when it started), so it must be stopped first.
     */
    public Bot reconfigure(BotSettings newSettings, Instant now) {
        if (!status.canStart()) {
            throw new SettingsLocked(id, status);
        }
        return new Bot(id, owner, newSettings, status, statusReason, createdAt, now);
    }

    /**
     * The allocation gave the bot's budget back: without a budget it cannot trade, so it is STOPPED,
     * whether a user asked (STOPPING) or the allocation halted it on its own (RUNNING). Nothing changes
     * for a bot that holds no budget.
     */
    public Optional<Transition<BotStopped>> budgetReleased(Instant now) {
        if (status != BotStatus.STOPPING && status != BotStatus.RUNNING) {
            return Optional.empty();
        }
        String reason = statusReason != null ? statusReason : "budget released";
        return Optional.of(new Transition<>(moveTo(BotStatus.STOPPED, reason, now), new BotStopped(id, owner, reason)));
    }

    /** Only a bot that holds no budget and trades nothing may be deleted: one never started, or stopped. */
    public void ensureDeletable() {
        if (!status.canStart()) {
            throw new BotTransitionRefused("bot " + id + " is " + status + "; stop it before deleting it");
        }
    }

    /**
     * New name, budget or leverage. The name is only shown and may change any time; the budget and the leverage were
     * given to the allocation and the engines at the start, so only a bot that is not running may change them.
     */
    public Bot edit(BotSettings newSettings, Instant now) {
        boolean tradingChanged = newSettings.budget().compareTo(settings.budget()) != 0
                || newSettings.leverage() != settings.leverage();
        if (tradingChanged && !status.canStart()) {
            throw new SettingsLocked(id, status, "Stop the bot to change its budget or leverage");
        }
        return new Bot(id, owner, newSettings, status, statusReason, createdAt, now);
    }

    public boolean isOwnedBy(UserId user) {
        return owner.equals(user);
    }

    private Bot moveTo(BotStatus next, String reason, Instant now) {
        return new Bot(id, owner, settings, next, reason, createdAt, now);
    }
}
