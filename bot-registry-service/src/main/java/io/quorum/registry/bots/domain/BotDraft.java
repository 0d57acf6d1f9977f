package io.quorum.registry.bots.domain;

import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.GridSpacing;
import java.math.BigDecimal;

/**
 * A bot as the user asked for it, before any rule was checked: every field may be missing or wrong.
 * {@link BotRules} turns it into {@link BotSettings} or names the first field that is not acceptable.
 * A grid bot brings its {@code grid}; an AI trend bot names its {@code templateId} instead.
 */
public record BotDraft(String name, BotKind kind, String symbol, BigDecimal budget, Integer leverage, Grid grid,
                       String templateId) {

    /** A draft without a template, as grid bots are asked for. */
    public BotDraft(String name, BotKind kind, String symbol, BigDecimal budget, Integer leverage, Grid grid) {
        this(name, kind, symbol, budget, leverage, grid, null);
    }

    /**
     * The grid part of a grid bot's draft. {@code investment}, {@code triggerPrice}, {@code stopLossPrice}
     * and {@code takeProfitPrice} are optional (null: the whole budget, no trigger, no exits).
     */
    public record Grid(BigDecimal lower, BigDecimal upper, Integer gridCount, GridSpacing spacing, BigDecimal investment,
                       BigDecimal triggerPrice, BigDecimal stopLossPrice, BigDecimal takeProfitPrice) {

        /** A plain grid on the whole budget. */
        public Grid(BigDecimal lower, BigDecimal upper, Integer gridCount, GridSpacing spacing) {
            this(lower, upper, gridCount, spacing, null, null, null, null);
        }
    }
}
