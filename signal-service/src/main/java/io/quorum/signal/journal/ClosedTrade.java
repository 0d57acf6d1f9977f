package io.quorum.signal.journal;

import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import java.time.Instant;
import java.util.Objects;

/**
 * A position of one bot from its opening to FLAT (event times). {@code result} is what the trade earned after
 * fees: the change of the bot's realized PnL over the trade minus the change of the fees it paid.
 */
public record ClosedTrade(BotId botId, UserId userId, Symbol symbol, PositionSide side, Price entry, Instant openedAt,
                          Instant closedAt, Money realizedPnl, Money fees) {

    public ClosedTrade {
        Objects.requireNonNull(botId, "botId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(realizedPnl, "realizedPnl");
        Objects.requireNonNull(fees, "fees");
        if (side == null || side == PositionSide.FLAT) {
            throw new IllegalArgumentException("a closed trade was LONG or SHORT, was " + side);
        }
    }

    public Money result() {
        return realizedPnl.minus(fees);
    }

    public boolean lost() {
        return result().isNegative();
    }
}
