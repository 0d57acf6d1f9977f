package io.quorum.contracts.orders;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.event.UserScoped;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;

/**
 * The allocation approves nothing more for this stopping bot. Published on the decisions topic, so
 * the execution service sees it after every approval it follows and can cancel what is left.
 */
public record BotTradingHalted(UserId userId, BotId botId) implements UserScoped {

    public BotTradingHalted {
        requireNonNull(userId, "userId");
        requireNonNull(botId, "botId");
    }
}
