package io.quorum.contracts.orders;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.event.UserScoped;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Price;

/**
 * A bot asks the venue to move the stop-loss (always present: the hard floor stays) and the take-profit
 * (absent: none) of its open position in {@code symbol}, as Bybit's trading-stop does. It opens nothing and
 * needs no margin, so it goes straight to the venue on the decisions topic, in order with the user's approvals.
 * The venue answers with a {@code PositionChanged} carrying the levels it now holds and the reason.
 */
public record PositionProtectionRequested(UserId userId, BotId botId, Symbol symbol, Price stopLoss, Price takeProfit,
                                          String reason) implements UserScoped {

    public PositionProtectionRequested {
        requireNonNull(userId, "userId");
        requireNonNull(botId, "botId");
        requireNonNull(symbol, "symbol");
        requireNonNull(stopLoss, "stopLoss");
        requireNonNull(reason, "reason");
    }
}
