package io.quorum.registry.bots.domain;

import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.bots.TrendSpec;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.TemplateId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import java.math.BigDecimal;
import java.util.List;

/**
 * Every rule a new bot's settings must satisfy, in the order a user would fix them: the rules of every
 * bot first, then those of its kind (a grid's, or its template's).
 */
public final class BotRules {

    private final List<BotPolicy> everyBot = List.of(
            new NamePolicy(), new KindPolicy(), new InstrumentPolicy(), new BudgetPolicy(), new LeveragePolicy());
    private final List<BotPolicy> gridBot = List.of(
            new GridCountPolicy(), new GridRangePolicy(), new GridExitsPolicy(), new TickPolicy(), new InvestmentPolicy());
    private final TemplatePolicy templatePolicy;
    private final TrendTemplates templates;

    public BotRules(TrendTemplates templates) {
        this.templates = templates;
        this.templatePolicy = new TemplatePolicy(templates);
    }

    /** Rules for grid bots only: no template is known. */
    public BotRules() {
        this(TrendTemplates.NONE);
    }

    /** The first rejection, or allowed. */
    public Verdict check(BotDraft draft) {
        Verdict common = firstRejection(everyBot, draft);
        if (!common.allowed()) {
            return common;
        }
        return draft.kind() == BotKind.GRID ? firstRejection(gridBot, draft) : templatePolicy.check(draft);
    }

    /** The settings of a draft every rule allowed; an AI trend bot's are its template's. */
    public BotSettings settingsOf(BotDraft draft) {
        Verdict verdict = check(draft);
        if (!verdict.allowed()) {
            throw new IllegalArgumentException("the draft breaks a rule: " + verdict);
        }
        String name = draft.name().strip();
        Symbol symbol = Symbol.of(draft.symbol());
        Money budget = Money.of(draft.budget());
        if (draft.kind() == BotKind.AI_TREND) {
            TrendSpec trend = templates.trendOf(TemplateId.of(draft.templateId())).orElseThrow();
            return new BotSettings(name, draft.kind(), symbol, budget, draft.leverage(), null, trend);
        }
        BotDraft.Grid grid = draft.grid();
        return new BotSettings(name, draft.kind(), symbol, budget, draft.leverage(),
                new GridSpec(Price.of(grid.lower()), Price.of(grid.upper()), grid.gridCount(), grid.spacing(),
                        grid.investment() == null ? null : Money.of(grid.investment()), price(grid.triggerPrice()),
                        price(grid.stopLossPrice()), price(grid.takeProfitPrice())));
    }

    private static Verdict firstRejection(List<BotPolicy> policies, BotDraft draft) {
        for (BotPolicy policy : policies) {
            Verdict verdict = policy.check(draft);
            if (!verdict.allowed()) {
                return verdict;
            }
        }
        return Verdict.ALLOWED;
    }

    private static Price price(BigDecimal value) {
        return value == null ? null : Price.of(value);
    }
}
