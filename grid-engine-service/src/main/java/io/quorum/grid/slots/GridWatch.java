package io.quorum.grid.slots;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import java.util.Set;

/**
 * The prices at which a live grid has something to do, so a tick index can find it without scanning:
 * {@code anyTick} until it has seen its first tick or armed; its trigger while waiting; its stop-loss
 * and take-profit; and the sell prices of its waiting slots, which place again when crossed upward.
 */
public record GridWatch(BotId bot, Symbol symbol, boolean anyTick, Price trigger, Price stopLoss, Price takeProfit,
                        Set<Price> crossings) {

    public GridWatch {
        crossings = Set.copyOf(crossings);
    }
}
