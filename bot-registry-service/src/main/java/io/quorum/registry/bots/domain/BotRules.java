package io.quorum.registry.bots.domain;

import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import java.math.BigDecimal;
import java.util.List;

/** Every rule a new bot's settings must satisfy, in the order a user would fix them. */
public final class BotRules {

    private final List<BotPolicy> policies = List.of(
            new NamePolicy(), new KindPolicy(), new InstrumentPolicy(), new BudgetPolicy(), new LeveragePolicy(),
            new GridCountPolicy(), new GridRangePolicy(), new GridExitsPolicy(), new TickPolicy(), new InvestmentPolicy());

    /** The first rejection, or allowed. */
    public Verdict check(BotDraft draft) {
        for (BotPolicy policy : policies) {
            Verdict verdict = policy.check(draft);
            if (!verdict.allowed()) {
                return verdict;
            }
        }
        return Verdict.ALLOWED;
    }

    /** The settings of a draft every rule allowed. */
    public BotSettings settingsOf(BotDraft draft) {
        Verdict verdict = check(draft);
        if (!verdict.allowed()) {
            throw new IllegalArgumentException("the draft breaks a rule: " + verdict);
        }
        BotDraft.Grid grid = draft.grid();
        return new BotSettings(draft.name().strip(), draft.kind(), Symbol.of(draft.symbol()), Money.of(draft.budget()),
                draft.leverage(),
                new GridSpec(Price.of(grid.lower()), Price.of(grid.upper()), grid.gridCount(), grid.spacing(),
                        grid.investment() == null ? null : Money.of(grid.investment()), price(grid.triggerPrice()),
                        price(grid.stopLossPrice()), price(grid.takeProfitPrice())));
    }

    private static Price price(BigDecimal value) {
        return value == null ? null : Price.of(value);
    }
}
