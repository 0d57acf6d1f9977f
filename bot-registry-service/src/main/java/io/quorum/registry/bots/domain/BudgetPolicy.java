package io.quorum.registry.bots.domain;

/** A bot needs a positive budget to trade with; whether the user's balance covers it is the allocation's call at start. */
public final class BudgetPolicy implements BotPolicy {

    @Override
    public Verdict check(BotDraft draft) {
        if (draft.budget() == null || draft.budget().signum() <= 0) {
            return Verdict.reject(name(), "budget", "must be a positive amount of USDT");
        }
        return Verdict.ALLOWED;
    }
}
