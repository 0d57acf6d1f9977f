package io.quorum.registry.bots.domain;

/** A user runs at most five bots: enough for a portfolio, few enough to watch. */
public final class BotLimitPolicy {

    public static final int MAX_BOTS_PER_USER = 5;

    public Verdict check(long botsOwned) {
        if (botsOwned >= MAX_BOTS_PER_USER) {
            return Verdict.reject(getClass().getSimpleName(), "bots",
                    "a user may have at most " + MAX_BOTS_PER_USER + " bots");
        }
        return Verdict.ALLOWED;
    }
}
