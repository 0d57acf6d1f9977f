package io.quorum.grid.api;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.grid.slots.GridStatus;
import io.quorum.grid.slots.SlotState;
import java.time.Instant;
import java.util.List;

/** The JSON the grid bot endpoints answer with. */
final class GridBotViews {

    private GridBotViews() {
    }

    /** {@code reason} says why a grid cannot run; null otherwise. */
    record Orders(BotId botId, Symbol symbol, GridStatus status, String reason, List<Level> levels) {
    }

    /** {@code intentId} and {@code clientOrderId} name the slot's latest order; null while it has none. */
    record Level(int slot, Price buyPrice, Price sellPrice, Quantity quantity, SlotState state, IntentId intentId,
                 ClientOrderId clientOrderId) {
    }

    record Stats(BotId botId, Money realizedProfit, int buyFills, int sellFills, int completedCycles, Money feesPaid) {
    }

    /** {@code from} is null for the slot's creation; {@code at} is event time. */
    record Transition(int slot, SlotState from, SlotState to, Instant at, IntentId intentId, int round) {
    }
}
