package io.quorum.contracts.executions;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.event.UserScoped;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;

/**
 * A bot's position in one symbol after a fill, or after its protection changed. Positions are kept per bot, so
 * two bots of one user on one symbol never net against each other. {@code entryPrice} is absent when FLAT;
 * {@code realizedPnl} and {@code feesPaid} are the totals so far. {@code stopLoss} and {@code takeProfit} are the
 * venue-side levels attached to the position (absent: none; a FLAT position has none); {@code reason}, when
 * present, says in words why the position changed (a stop reached, protection moved or refused).
 */
public record PositionChanged(UserId userId, BotId botId, Symbol symbol, PositionSide side, Quantity size,
                              Price entryPrice, int leverage, Money realizedPnl, Money feesPaid, Price stopLoss,
                              Price takeProfit, String reason) implements UserScoped {

    public PositionChanged {
        requireNonNull(userId, "userId");
        requireNonNull(botId, "botId");
        requireNonNull(symbol, "symbol");
        requireNonNull(side, "side");
        requireNonNull(size, "size");
        requireNonNull(realizedPnl, "realizedPnl");
        requireNonNull(feesPaid, "feesPaid");
        if ((side == PositionSide.FLAT) != size.isZero()) {
            throw new IllegalArgumentException("a position is FLAT exactly when its size is zero");
        }
        if (side == PositionSide.FLAT && (stopLoss != null || takeProfit != null)) {
            throw new IllegalArgumentException("a FLAT position has no stop-loss or take-profit");
        }
    }

    /** A change without protection or reason, as a grid bot's fills make it. */
    public PositionChanged(UserId userId, BotId botId, Symbol symbol, PositionSide side, Quantity size, Price entryPrice,
                           int leverage, Money realizedPnl, Money feesPaid) {
        this(userId, botId, symbol, side, size, entryPrice, leverage, realizedPnl, feesPaid, null, null, null);
    }
}
