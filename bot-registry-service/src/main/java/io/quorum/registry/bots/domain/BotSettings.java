package io.quorum.registry.bots.domain;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.bots.TrendSpec;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Money;

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
}
