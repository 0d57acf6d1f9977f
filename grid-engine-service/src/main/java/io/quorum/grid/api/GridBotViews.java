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

    /**
     * {@code reason} says why a grid cannot run, or which stop-loss / take-profit made it exit (kept once
     * stopped); null otherwise. The optional grid settings are null when not set.
     */
    record Orders(BotId botId, Symbol symbol, GridStatus status, String reason, Money investment, Price triggerPrice,
                  Price stopLossPrice, Price takeProfitPrice, List<Level> levels) {
    }

    /** {@code intentId} and {@code clientOrderId} name the slot's latest order; null while it has none. */
    record Level(int slot, Price buyPrice, Price sellPrice, Quantity quantity, SlotState state, IntentId intentId,
                 ClientOrderId clientOrderId) {
    }

    /**
     * {@code profitPerCycle} is null before the first cycle; {@code runningFor} is an ISO-8601 duration of event
     * time (null before the first tick); {@code annualizedReturnPercent} is null below one hour of running time.
     */
    record Stats(BotId botId, Money realizedProfit, int buyFills, int sellFills, int completedCycles, Money feesPaid,
                 Money profitPerCycle, Money unrealizedPnl, Price lastPrice, Activity activity, Instant runningSince,
                 String runningFor, String annualizedReturnPercent, Money investment) {
    }

    /** Fills and completed cycles in the 24 hours of event time up to the symbol's latest tick. */
    record Activity(int fillsLast24h, int cyclesLast24h) {
    }

    /** {@code from} is null for the slot's creation; {@code at} is event time. */
    record Transition(int slot, SlotState from, SlotState to, Instant at, IntentId intentId, int round) {
    }
}
