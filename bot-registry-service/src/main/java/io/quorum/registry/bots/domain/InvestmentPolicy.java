package io.quorum.registry.bots.domain;

/** A grid trades with part or all of its bot's budget, never more: the allocation reserves the budget only. */
public final class InvestmentPolicy implements BotPolicy {

    @Override
    public Verdict check(BotDraft draft) {
        var investment = draft.grid().investment();
        if (investment == null) {
            return Verdict.ALLOWED;
        }
        if (investment.signum() <= 0) {
            return Verdict.reject(name(), "grid.investment", "must be a positive amount of USDT");
        }
        if (investment.compareTo(draft.budget()) > 0) {
            return Verdict.reject(name(), "grid.investment",
                    "must not exceed the bot's budget of " + draft.budget().stripTrailingZeros().toPlainString() + " USDT");
        }
        return Verdict.ALLOWED;
    }
}
