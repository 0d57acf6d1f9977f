package io.quorum.allocation.intents.policy;

import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;

/** A sell that is not reduce-only would open a short, and the ledger only books long positions. */
public final class LongOnlyPolicy implements OrderPolicy {

    @Override
    public Verdict check(IntentContext context) {
        OrderSpec order = context.order();
        if (order.side() == Side.SELL && !order.reduceOnly()) {
            return Verdict.reject(this, "short positions are not supported yet");
        }
        return Verdict.ALLOW;
    }
}
