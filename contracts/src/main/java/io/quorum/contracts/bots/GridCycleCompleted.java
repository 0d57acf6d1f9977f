package io.quorum.contracts.bots;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.event.BotScoped;
import io.quorum.contracts.event.UserScoped;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;

/**
 * A grid bot's slot completed a cycle: its buy at level {@code level} filled, then the sell one level up
 * filled for the same {@code quantity}. {@code buyPrice} and {@code sellPrice} are the slot's level prices
 * (the orders' limit prices); {@code realizedProfit} is what the cycle actually earned from its fills —
 * sell proceeds minus buy cost minus every fee — so it may be negative. {@code completedCycles} is the grid's
 * count including this one. Event time = the completing sell fill's.
 */
public record GridCycleCompleted(BotId botId, UserId userId, Symbol symbol, int level, Price buyPrice, Price sellPrice,
                                 Quantity quantity, Money realizedProfit, long completedCycles)
        implements BotScoped, UserScoped {

    public GridCycleCompleted {
        requireNonNull(botId, "botId");
        requireNonNull(userId, "userId");
        requireNonNull(symbol, "symbol");
        requireNonNull(buyPrice, "buyPrice");
        requireNonNull(sellPrice, "sellPrice");
        requireNonNull(quantity, "quantity");
        requireNonNull(realizedProfit, "realizedProfit");
        if (level < 0) {
            throw new IllegalArgumentException("a grid level is 0 or more, was " + level);
        }
        if (sellPrice.compareTo(buyPrice) <= 0) {
            throw new IllegalArgumentException("a cycle sells above its buy: " + sellPrice + " <= " + buyPrice);
        }
        if (quantity.isZero()) {
            throw new IllegalArgumentException("a completed cycle traded a positive quantity");
        }
        if (completedCycles < 1) {
            throw new IllegalArgumentException("completedCycles counts this cycle, so it is at least 1, was " + completedCycles);
        }
    }
}
