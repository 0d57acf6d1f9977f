package io.quorum.allocation.intents.policy;

import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.OrderType;

/**
 * An opening market order has no price to reserve margin against, so its cost is unknown until it
 * fills; only reduce-only market orders (which need no margin) are accepted.
 */
public final class MarketOrderPolicy implements OrderPolicy {

    @Override
    public Verdict check(IntentContext context) {
        OrderSpec order = context.order();
        if (order.type() == OrderType.MARKET && !order.reduceOnly()) {
            return Verdict.reject(this, "market orders need a reference price");
        }
        return Verdict.ALLOW;
    }
}
