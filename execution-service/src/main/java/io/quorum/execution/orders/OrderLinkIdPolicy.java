package io.quorum.execution.orders;

import io.quorum.contracts.orders.OrderApproved;

/** The venue order id must carry the bot's prefix: that prefix is how a stopping bot finds its orders. */
public final class OrderLinkIdPolicy implements PlacementPolicy {

    @Override
    public Verdict check(PlacementRequest request) {
        OrderApproved approved = request.approved();
        return approved.clientOrderId().belongsTo(approved.botId())
                ? Verdict.allow()
                : Verdict.reject("OrderLinkIdPolicy", "client order id " + approved.clientOrderId()
                        + " does not belong to bot " + approved.botId());
    }
}
