package io.quorum.registry.bots.domain;

/**
 * The grid engine's verdict on a grid, for the rules that need its grid math (level spacing against the
 * tick, quantity per level against the instrument minimum). Asked after {@link BotRules} allowed the bot.
 */
public interface GridChecks {

    Outcome check(BotSettings settings);

    sealed interface Outcome {
    }

    record Passed() implements Outcome {
    }

    /** The grid cannot work; {@code field} and {@code reason} are the grid engine's, for the user. */
    record Refused(String field, String reason) implements Outcome {
    }

    /** The grid engine could not answer; nothing is known about the grid. */
    record Unavailable(String reason) implements Outcome {
    }
}
