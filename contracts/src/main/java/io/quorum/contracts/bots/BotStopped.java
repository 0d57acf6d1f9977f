package io.quorum.contracts.bots;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.event.BotScoped;
import io.quorum.contracts.event.UserScoped;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;

/** A bot stopped: no open venue orders remain and its budget is back in the user's free balance. */
public record BotStopped(BotId botId, UserId userId, String reason) implements BotScoped, UserScoped {

    public BotStopped {
        requireNonNull(botId, "botId");
        requireNonNull(userId, "userId");
        requireNonNull(reason, "reason");
    }
}
