package io.quorum.signal.cycle;

import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.OrderSpec;

/**
 * What a decision comes to: an order to send as an intent (absent for HOLD or a refusal), the take-profit
 * and stop-loss the confirm step set for an entry, and a note for the decision's reason.
 */
public record TradePlan(OrderSpec order, Price takeProfit, Price stopLoss, String note) {

    static TradePlan none(String note) {
        return new TradePlan(null, null, null, note);
    }

    public boolean trades() {
        return order != null;
    }
}
