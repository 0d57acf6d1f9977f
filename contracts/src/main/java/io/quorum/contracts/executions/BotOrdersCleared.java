package io.quorum.contracts.executions;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.event.UserScoped;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;

/** A halted bot has no open order left at the venue; {@code cancelled} were cancelled to get there. */
public record BotOrdersCleared(UserId userId, BotId botId, int cancelled) implements UserScoped {

    public BotOrdersCleared {
        requireNonNull(userId, "userId");
        requireNonNull(botId, "botId");
    }
}
