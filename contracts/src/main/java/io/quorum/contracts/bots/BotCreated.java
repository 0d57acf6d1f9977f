package io.quorum.contracts.bots;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.event.BotScoped;
import io.quorum.contracts.event.UserScoped;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;

/**
 * A user created a bot. It holds no budget and trades nothing yet; the event tells the other services whose bot it is,
 * so they can answer a stranger who names it as they answer for an id nobody has. On the compacted lifecycle topic it
 * is the bot's only record until its first start.
 */
public record BotCreated(BotId botId, UserId userId, String name, BotKind kind, Symbol symbol)
        implements BotScoped, UserScoped {

    public BotCreated {
        requireNonNull(botId, "botId");
        requireNonNull(userId, "userId");
        requireNonNull(name, "name");
        requireNonNull(kind, "kind");
        requireNonNull(symbol, "symbol");
    }
}
