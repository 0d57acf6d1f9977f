package io.quorum.registry.bots.domain;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.bots.TrendSpec;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import java.math.BigDecimal;

/**
 * A bot's validated settings. {@code grid} is present for grid bots; {@code trend} for AI trend bots: the
 * settings of its template, resolved when the bot was created.
 */
public record BotSettings(String name, BotKind kind, Symbol symbol, Money budget, int leverage, GridSpec grid,
                          TrendSpec trend) {

    public BotSettings {
        requireNonNull(name, "name");
        requireNonNull(kind, "kind");
        requireNonNull(symbol, "symbol");
        requireNonNull(budget, "budget");
        if (kind == BotKind.GRID) {
            requireNonNull(grid, "a grid bot needs its grid");
        }
        if (kind == BotKind.AI_TREND) {
            requireNonNull(trend, "an AI trend bot needs its template's settings");
        }
    }

    /** Settings of a grid bot. */
    public BotSettings(String name, BotKind kind, Symbol symbol, Money budget, int leverage, GridSpec grid) {
        this(name, kind, symbol, budget, leverage, grid, null);
    }

    /** These settings with another leverage and grid, unchecked: a grid change goes through the creation rules. */
    public BotDraft draftWith(Integer newLeverage, BotDraft.Grid newGrid) {
        return new BotDraft(name, kind, symbol.value(), budget.value(), newLeverage, newGrid);
    }

    /**
     * These settings with another name, budget and leverage, unchecked, as a draft for the creation rules: the grid
     * and the template stay as they are.
     */
    public BotDraft draftWith(String newName, BigDecimal newBudget, Integer newLeverage) {
        BotDraft.Grid draftGrid = grid == null ? null : new BotDraft.Grid(grid.lower().value(), grid.upper().value(),
                grid.gridCount(), grid.spacing(), grid.investment() == null ? null : grid.investment().value(),
                value(grid.triggerPrice()), value(grid.stopLossPrice()), value(grid.takeProfitPrice()));
        return new BotDraft(newName, kind, symbol.value(), newBudget, newLeverage, draftGrid,
                trend == null ? null : trend.templateId().value());
    }

    /** These settings with another name, budget and leverage; an AI trend bot keeps the template settings it has. */
    public BotSettings with(String newName, Money newBudget, int newLeverage) {
        return new BotSettings(newName, kind, symbol, newBudget, newLeverage, grid, trend);
    }

    private static BigDecimal value(Price price) {
        return price == null ? null : price.value();
    }
}
