package io.quorum.contracts.executions;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.event.UserScoped;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.orders.OrderSpec;

/** The venue (or the execution service on its behalf) refused an approved order. A terminal state. */
public record OrderRejectedByVenue(IntentId intentId, UserId userId, BotId botId, ClientOrderId clientOrderId,
                                   OrderSpec order, String reason) implements UserScoped {

    public OrderRejectedByVenue {
        requireNonNull(intentId, "intentId");
        requireNonNull(userId, "userId");
        requireNonNull(botId, "botId");
        requireNonNull(clientOrderId, "clientOrderId");
        requireNonNull(order, "order");
        requireNonNull(reason, "reason");
    }
}
