package io.quorum.registry.bots.domain;

import io.quorum.contracts.bots.BotStarted;

/** Leverage is a hard limit of the platform: 1 to 20. */
public final class LeveragePolicy implements BotPolicy {

    public static final int MIN = 1;
    public static final int MAX = BotStarted.MAX_LEVERAGE;

    @Override
    public Verdict check(BotDraft draft) {
        if (draft.leverage() == null || draft.leverage() < MIN || draft.leverage() > MAX) {
            return Verdict.reject(name(), "leverage", "must be between " + MIN + " and " + MAX);
        }
        return Verdict.ALLOWED;
    }
}
