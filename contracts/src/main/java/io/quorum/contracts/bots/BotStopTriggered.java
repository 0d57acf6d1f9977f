package io.quorum.contracts.bots;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.event.BotScoped;
import io.quorum.contracts.event.UserScoped;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Price;

/**
 * A bot's own rule asks for it to stop — a grid's stop-loss or take-profit price was crossed at
 * {@code price}. The registry turns it into a stop with {@code reason}, through the usual stop flow
 * (orders cancelled, position closed at market, budget released).
 */
public record BotStopTriggered(BotId botId, UserId userId, String reason, Price price) implements BotScoped, UserScoped {

    public BotStopTriggered {
        requireNonNull(botId, "botId");
        requireNonNull(userId, "userId");
        requireNonNull(reason, "reason");
        requireNonNull(price, "price");
    }
}
