package io.quorum.contracts.orders;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.event.UserScoped;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;

/** A stopped bot's budget went back to the user's free balance; {@code returned} includes its realized result. */
public record BotBudgetReleased(UserId userId, BotId botId, Money returned) implements UserScoped {

    public BotBudgetReleased {
        requireNonNull(userId, "userId");
        requireNonNull(botId, "botId");
        requireNonNull(returned, "returned");
    }
}
