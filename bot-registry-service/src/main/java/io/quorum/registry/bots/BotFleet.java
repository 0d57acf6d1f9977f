package io.quorum.registry.bots;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.registry.bots.domain.Bot;
import io.quorum.registry.bots.domain.BotStatus;
import io.quorum.registry.bots.domain.BotTransitionRefused;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-all and stop-all: each of the owner's bots, oldest first, through the same start or stop a single request
 * makes, so each bot either changed completely or not at all; the answer says which, per bot, and why not.
 */
public class BotFleet {

    /** What happened to one bot. */
    public enum Outcome {
        STARTED, ALREADY_RUNNING, STOP_REQUESTED, ALREADY_STOPPING, NOT_RUNNING, REFUSED
    }

    /** One bot's outcome; {@code reason} says why it was refused, {@code status} is the bot's status after. */
    public record Result(BotId botId, String name, Outcome outcome, String reason, BotStatus status) {
    }

    private final BotCatalog catalog;
    private final BotStarts starts;
    private final BotLifecycle lifecycle;

    public BotFleet(BotCatalog catalog, BotStarts starts, BotLifecycle lifecycle) {
        this.catalog = catalog;
        this.starts = starts;
        this.lifecycle = lifecycle;
    }

    public List<Result> startAll(UserId owner) {
        List<Result> results = new ArrayList<>();
        for (Bot bot : catalog.list(owner)) {
            results.add(switch (bot.status()) {
                case RUNNING -> result(bot, Outcome.ALREADY_RUNNING, null);
                case STOPPING -> result(bot, Outcome.REFUSED, "the bot is still stopping; start it once it is STOPPED");
                case CREATED, STOPPED -> start(bot);
            });
        }
        return results;
    }

    public List<Result> stopAll(UserId owner) {
        List<Result> results = new ArrayList<>();
        for (Bot bot : catalog.list(owner)) {
            results.add(switch (bot.status()) {
                case RUNNING -> stop(bot);
                case STOPPING -> result(bot, Outcome.ALREADY_STOPPING, null);
                case CREATED, STOPPED -> result(bot, Outcome.NOT_RUNNING, null);
            });
        }
        return results;
    }

    /** A refusal is this bot's outcome, not the request's: the others are still tried. */
    private Result start(Bot bot) {
        try {
            return result(starts.start(bot.id(), bot.owner()), Outcome.STARTED, null);
        } catch (AllocationRefused | AllocationUnavailable | BotTransitionRefused | BotNotFound refused) {
            return refused(bot, refused.getMessage());
        }
    }

    private Result stop(Bot bot) {
        try {
            return result(lifecycle.requestStop(bot.id(), bot.owner()), Outcome.STOP_REQUESTED, null);
        } catch (BotTransitionRefused | BotNotFound refused) {
            return refused(bot, refused.getMessage());
        }
    }

    /** The bot as it is now, after the refused step (another request may have moved it meanwhile). */
    private Result refused(Bot bot, String reason) {
        BotStatus now;
        try {
            now = catalog.get(bot.id(), bot.owner()).status();
        } catch (BotNotFound deleted) {
            now = null;
        }
        return new Result(bot.id(), bot.settings().name(), Outcome.REFUSED, reason, now);
    }

    private static Result result(Bot bot, Outcome outcome, String reason) {
        return new Result(bot.id(), bot.settings().name(), outcome, reason, bot.status());
    }
}
