package io.quorum.grid.slots;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;

/** Who a grid trades for, and on what terms: everything an intent needs besides the order itself. */
public record GridBot(BotId botId, UserId userId, Symbol symbol, int leverage) {

    public GridBot {
        requireNonNull(botId, "botId");
        requireNonNull(userId, "userId");
        requireNonNull(symbol, "symbol");
    }
}
