package io.quorum.registry.bots.domain;

import java.math.BigDecimal;

/** A bot needs a positive budget to trade with; whether the user's balance covers it is the allocation's call at start. */
public final class BudgetPolicy implements BotPolicy {

    /** What the allocation accepts as an amount: far above any balance; more is a typo or an attack. */
    public static final BigDecimal MAX_BUDGET = new BigDecimal("1000000000000");
    public static final int MAX_DECIMALS = 8;

    @Override
    public Verdict check(BotDraft draft) {
        if (draft.budget() == null || draft.budget().signum() <= 0) {
            return Verdict.reject(name(), "budget", "must be a positive amount of USDT");
        }
        if (draft.budget().compareTo(MAX_BUDGET) > 0 || draft.budget().scale() > MAX_DECIMALS
                && draft.budget().stripTrailingZeros().scale() > MAX_DECIMALS) {
            return Verdict.reject(name(), "budget", "must be at most " + MAX_BUDGET.toPlainString()
                    + " USDT with at most " + MAX_DECIMALS + " decimal places");
        }
        return Verdict.ALLOWED;
    }
}
