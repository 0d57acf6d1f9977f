package io.quorum.contracts.bots;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quorum.contracts.event.BotScoped;
import io.quorum.contracts.event.UserScoped;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;

/**
 * A bot was started with its budget reserved. Carries everything a consumer needs to run the bot,
 * because the lifecycle topic is compacted: this may be the only record of the bot a consumer sees.
 * {@code grid} is present for grid bots only, {@code trend} for AI trend bots only (left out of the
 * JSON when absent, so a grid bot's record reads as it always did).
 */
public record BotStarted(BotId botId, UserId userId, String name, BotKind kind, Symbol symbol, Money budget,
                         int leverage, GridSpec grid,
                         @JsonInclude(JsonInclude.Include.NON_NULL) TrendSpec trend) implements BotScoped, UserScoped {

    public static final int MAX_LEVERAGE = 20;

    public BotStarted {
        requireNonNull(botId, "botId");
        requireNonNull(userId, "userId");
        requireNonNull(name, "name");
        requireNonNull(kind, "kind");
        requireNonNull(symbol, "symbol");
        requireNonNull(budget, "budget");
        if (!budget.isPositive()) {
            throw new IllegalArgumentException("budget must be positive");
        }
        if (leverage < 1 || leverage > MAX_LEVERAGE) {
            throw new IllegalArgumentException("leverage must be between 1 and 20, was " + leverage);
        }
        if (kind == BotKind.GRID && grid == null) {
            throw new IllegalArgumentException("a grid bot needs its grid");
        }
        if (grid != null && grid.investmentWithin(budget).exceeds(budget)) {
            throw new IllegalArgumentException("the grid's investment must not exceed the bot's budget");
        }
        if (kind == BotKind.AI_TREND && trend == null) {
            throw new IllegalArgumentException("an AI trend bot needs its trend settings");
        }
        if (kind != BotKind.AI_TREND && trend != null) {
            throw new IllegalArgumentException("only an AI trend bot carries trend settings");
        }
        if (trend != null && !trend.leverage().allows(leverage)) {
            throw new IllegalArgumentException("leverage " + leverage + " lies outside the template's bounds "
                    + trend.leverage().min() + "-" + trend.leverage().max());
        }
    }

    /** A bot without trend settings: a grid bot, as every producer wrote it before AI trend bots. */
    public BotStarted(BotId botId, UserId userId, String name, BotKind kind, Symbol symbol, Money budget,
                      int leverage, GridSpec grid) {
        this(botId, userId, name, kind, symbol, budget, leverage, grid, null);
    }
}
