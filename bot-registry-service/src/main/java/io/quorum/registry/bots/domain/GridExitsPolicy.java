package io.quorum.registry.bots.domain;

import java.math.BigDecimal;

/**
 * A grid's optional exits lie outside it and its trigger between them: a stop-loss inside the grid would
 * stop the bot on an ordinary dip, a take-profit inside it on an ordinary rise, and a trigger beyond an
 * exit would arm the grid only to stop it.
 */
public final class GridExitsPolicy implements BotPolicy {

    @Override
    public Verdict check(BotDraft draft) {
        BotDraft.Grid grid = draft.grid();
        BigDecimal stopLoss = grid.stopLossPrice();
        BigDecimal takeProfit = grid.takeProfitPrice();
        BigDecimal trigger = grid.triggerPrice();
        if (stopLoss != null && (stopLoss.signum() <= 0 || stopLoss.compareTo(grid.lower()) >= 0)) {
            return Verdict.reject(name(), "grid.stopLossPrice", "must be a positive price below grid.lower");
        }
        if (takeProfit != null && takeProfit.compareTo(grid.upper()) <= 0) {
            return Verdict.reject(name(), "grid.takeProfitPrice", "must be above grid.upper");
        }
        if (trigger != null && (trigger.signum() <= 0
                || (stopLoss != null && trigger.compareTo(stopLoss) <= 0)
                || (takeProfit != null && trigger.compareTo(takeProfit) >= 0))) {
            return Verdict.reject(name(), "grid.triggerPrice",
                    "must be a positive price between grid.stopLossPrice and grid.takeProfitPrice");
        }
        return Verdict.ALLOWED;
    }
}
