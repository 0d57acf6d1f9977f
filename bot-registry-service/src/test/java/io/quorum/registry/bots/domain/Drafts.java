package io.quorum.registry.bots.domain;

import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.GridSpacing;
import java.math.BigDecimal;

/** A valid grid bot draft, and copies of it with one thing changed. */
final class Drafts {

    private Drafts() {
    }

    static BotDraft valid() {
        return new BotDraft("BTC range", BotKind.GRID, "BTCUSDT", new BigDecimal("1000"), 2, grid("100000", "110000", 20));
    }

    static BotDraft.Grid grid(String lower, String upper, Integer count) {
        return new BotDraft.Grid(lower == null ? null : new BigDecimal(lower), upper == null ? null : new BigDecimal(upper),
                count, GridSpacing.ARITHMETIC);
    }

    static BotDraft.Grid grid(String lower, String upper, Integer count, String investment, String trigger,
                              String stopLoss, String takeProfit) {
        return new BotDraft.Grid(new BigDecimal(lower), new BigDecimal(upper), count, GridSpacing.ARITHMETIC,
                decimal(investment), decimal(trigger), decimal(stopLoss), decimal(takeProfit));
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    static BotDraft withName(String name) {
        BotDraft d = valid();
        return new BotDraft(name, d.kind(), d.symbol(), d.budget(), d.leverage(), d.grid());
    }

    static BotDraft withKind(BotKind kind) {
        BotDraft d = valid();
        return new BotDraft(d.name(), kind, d.symbol(), d.budget(), d.leverage(), d.grid());
    }

    static BotDraft withSymbol(String symbol) {
        BotDraft d = valid();
        return new BotDraft(d.name(), d.kind(), symbol, d.budget(), d.leverage(), d.grid());
    }

    static BotDraft withBudget(String budget) {
        BotDraft d = valid();
        return new BotDraft(d.name(), d.kind(), d.symbol(), budget == null ? null : new BigDecimal(budget), d.leverage(), d.grid());
    }

    static BotDraft withLeverage(Integer leverage) {
        BotDraft d = valid();
        return new BotDraft(d.name(), d.kind(), d.symbol(), d.budget(), leverage, d.grid());
    }

    static BotDraft withGrid(BotDraft.Grid grid) {
        BotDraft d = valid();
        return new BotDraft(d.name(), d.kind(), d.symbol(), d.budget(), d.leverage(), grid);
    }
}
