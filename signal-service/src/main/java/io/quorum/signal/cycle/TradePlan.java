package io.quorum.signal.cycle;

import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.OrderSpec;

/**
 * What a decision comes to: an order to send as an intent (absent for HOLD, a refusal or a protection move), the
 * take-profit and stop-loss the confirm step set (for an entry: carried by its order to the venue; for a move of
 * an open position's protection, {@code movesProtection}: the levels the venue is asked to hold now), and a note
 * for the decision's reason.
 */
public record TradePlan(OrderSpec order, Price takeProfit, Price stopLoss, String note, boolean movesProtection) {

    public TradePlan {
        if (movesProtection && (order != null || stopLoss == null)) {
            throw new IllegalArgumentException("a protection move places no order and always keeps a stop-loss");
        }
    }

    public TradePlan(OrderSpec order, Price takeProfit, Price stopLoss, String note) {
        this(order, takeProfit, stopLoss, note, false);
    }

    static TradePlan none(String note) {
        return new TradePlan(null, null, null, note);
    }

    static TradePlan protection(Price takeProfit, Price stopLoss, String note) {
        return new TradePlan(null, takeProfit, stopLoss, note, true);
    }

    public boolean trades() {
        return order != null;
    }
}
