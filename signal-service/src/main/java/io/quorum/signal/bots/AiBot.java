package io.quorum.signal.bots;

import io.quorum.contracts.bots.TrendSpec;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import java.util.Objects;

/** An AI trend bot as the signal service runs it: its owner, market, budget, leverage and trend settings. */
public record AiBot(BotId botId, UserId userId, String name, Symbol symbol, Money budget, int leverage, TrendSpec trend,
                    boolean running) {

    public AiBot {
        Objects.requireNonNull(botId, "botId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(trend, "trend");
    }
}
