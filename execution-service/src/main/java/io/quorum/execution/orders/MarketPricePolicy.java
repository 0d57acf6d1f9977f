package io.quorum.execution.orders;

import io.quorum.contracts.orders.OrderType;

/** A market order fills at the last traded price, so the venue must have seen a trade of the symbol. */
public final class MarketPricePolicy implements PlacementPolicy {

    @Override
    public Verdict check(PlacementRequest request) {
        var order = request.approved().order();
        if (order.type() == OrderType.MARKET && request.lastPrice().isEmpty()) {
            return Verdict.reject("MarketPricePolicy", "no market price yet for " + order.symbol());
        }
        return Verdict.allow();
    }
}
