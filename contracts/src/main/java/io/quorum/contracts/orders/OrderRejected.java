package io.quorum.contracts.orders;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.event.UserScoped;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.UserId;

/** The allocation refused an intent; {@code policy} names the rule and {@code reason} says why, for the user. A terminal state. */
public record OrderRejected(IntentId intentId, UserId userId, BotId botId, OrderSpec order, String policy, String reason)
        implements UserScoped {

    public OrderRejected {
        requireNonNull(intentId, "intentId");
        requireNonNull(userId, "userId");
        requireNonNull(botId, "botId");
        requireNonNull(order, "order");
        requireNonNull(policy, "policy");
        requireNonNull(reason, "reason");
    }
}
