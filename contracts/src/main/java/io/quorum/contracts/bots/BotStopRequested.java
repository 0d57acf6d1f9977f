package io.quorum.contracts.bots;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.event.BotScoped;
import io.quorum.contracts.event.UserScoped;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;

/** Someone asked a bot to stop. It trades no more from here; it is STOPPED once its orders are gone and its budget released. */
public record BotStopRequested(BotId botId, UserId userId, String reason) implements BotScoped, UserScoped {

    public BotStopRequested {
        requireNonNull(botId, "botId");
        requireNonNull(userId, "userId");
        requireNonNull(reason, "reason");
    }
}
