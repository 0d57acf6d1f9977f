package io.quorum.contracts.executions;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.event.UserScoped;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderSpec;

/** An open order was cancelled at the venue with {@code unfilled} left unfilled. A terminal state. */
public record OrderCancelled(IntentId intentId, UserId userId, BotId botId, ClientOrderId clientOrderId, OrderSpec order,
                             Quantity unfilled, String reason) implements UserScoped {

    public OrderCancelled {
        requireNonNull(intentId, "intentId");
        requireNonNull(userId, "userId");
        requireNonNull(botId, "botId");
        requireNonNull(clientOrderId, "clientOrderId");
        requireNonNull(order, "order");
        requireNonNull(unfilled, "unfilled");
        requireNonNull(reason, "reason");
    }
}
