package io.quorum.contracts.orders;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.event.UserScoped;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.UserId;

/**
 * A bot wants to place an order. Nothing is reserved or placed yet; the allocation decides.
 * {@code gridLevel} names the grid slot the order belongs to (grid bots only).
 */
public record OrderIntentCreated(IntentId intentId, UserId userId, BotId botId, OrderSpec order, Integer gridLevel)
        implements UserScoped {

    public OrderIntentCreated {
        requireNonNull(intentId, "intentId");
        requireNonNull(userId, "userId");
        requireNonNull(botId, "botId");
        requireNonNull(order, "order");
    }
}
