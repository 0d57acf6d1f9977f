package io.quorum.execution.orders;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Instrument;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One rule the paper venue applies before it accepts an order, as a real venue would. */
public interface PlacementPolicy {

    Verdict check(PlacementRequest request);

    /** Every rule, in the order a user would want to hear about them. */
    static List<PlacementPolicy> paperVenue() {
        return List.of(new OrderLinkIdPolicy(), new TradableInstrumentPolicy(), new MarketPricePolicy(), new ReduceOnlyPolicy());
    }

    /**
     * The live venue's rules before an order is sent: instrument rules as Bybit publishes them; no market-price rule
     * (Bybit prices a market order itself). An order its strategy marked TWAP passes them as a whole and is then
     * executed in slices (package {@code twap}, {@code LiveTwapRecords}).
     */
    static List<PlacementPolicy> liveVenue(Function<Symbol, Optional<Instrument>> instruments) {
        return List.of(new OrderLinkIdPolicy(), new TradableInstrumentPolicy(instruments), new ReduceOnlyPolicy());
    }

    static Verdict firstRejection(List<PlacementPolicy> policies, PlacementRequest request) {
        return policies.stream().map(policy -> policy.check(request))
                .filter(verdict -> !verdict.allowed())
                .findFirst()
                .orElse(Verdict.allow());
    }
}
