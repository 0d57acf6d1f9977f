package io.quorum.allocation.intents.policy;

import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Percent;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.OrderSpec;

/**
 * No single opening order may be larger than {@code max} percent of the user's equity, counted by its notional
 * (price × quantity, whatever the leverage): a bot's budget bounds its margin, this bounds its exposure per order.
 * Reducing orders always pass.
 */
public final class MaxSingleOrderPolicy implements OrderPolicy {

    private final Percent max;

    public MaxSingleOrderPolicy(Percent max) {
        this.max = max;
    }

    @Override
    public Verdict check(IntentContext context) {
        OrderSpec order = context.order();
        Price price = order.limitPrice() != null ? order.limitPrice() : context.referencePrice();
        if (order.reduceOnly() || context.funds() == null || price == null) {
            return Verdict.ALLOW;
        }
        Money notional = price.times(order.quantity());
        Money cap = context.funds().equity().times(max.fraction());
        if (notional.exceeds(cap)) {
            return Verdict.reject(this, "the order's notional of " + notional + " USDT is above " + max
                    + " % of the equity (" + cap + " of " + context.funds().equity() + " USDT)");
        }
        return Verdict.ALLOW;
    }
}
