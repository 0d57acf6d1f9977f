package io.quorum.contracts.orders;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.event.UserScoped;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;

/** The allocation approved an intent and set {@code reserved} aside from the bot's budget for it. */
public record OrderApproved(IntentId intentId, UserId userId, BotId botId, ClientOrderId clientOrderId, OrderSpec order,
                            Money reserved) implements UserScoped {

    public OrderApproved {
        requireNonNull(intentId, "intentId");
        requireNonNull(userId, "userId");
        requireNonNull(botId, "botId");
        requireNonNull(clientOrderId, "clientOrderId");
        requireNonNull(order, "order");
        requireNonNull(reserved, "reserved");
        if (reserved.isNegative()) {
            throw new IllegalArgumentException("reserved must not be negative");
        }
    }
}
