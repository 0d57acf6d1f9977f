package io.quorum.contracts.executions;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.event.UserScoped;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.orders.OrderSpec;

/** The venue accepted an order; it rests (limit) or is about to fill (market). */
public record OrderPlaced(IntentId intentId, UserId userId, BotId botId, ClientOrderId clientOrderId, OrderSpec order,
                          String venue) implements UserScoped {

    public OrderPlaced {
        requireNonNull(intentId, "intentId");
        requireNonNull(userId, "userId");
        requireNonNull(botId, "botId");
        requireNonNull(clientOrderId, "clientOrderId");
        requireNonNull(order, "order");
        requireNonNull(venue, "venue");
    }
}
