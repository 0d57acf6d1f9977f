package io.quorum.execution.orders;

import java.util.List;

/** One rule the paper venue applies before it accepts an order, as a real venue would. */
public interface PlacementPolicy {

    Verdict check(PlacementRequest request);

    /** Every rule, in the order a user would want to hear about them. */
    static List<PlacementPolicy> paperVenue() {
        return List.of(new OrderLinkIdPolicy(), new TradableInstrumentPolicy(), new MarketPricePolicy(), new ReduceOnlyPolicy());
    }

    static Verdict firstRejection(List<PlacementPolicy> policies, PlacementRequest request) {
        return policies.stream().map(policy -> policy.check(request))
                .filter(verdict -> !verdict.allowed())
                .findFirst()
                .orElse(Verdict.allow());
    }
}
