package io.quorum.execution.orders;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.money.FeeRate;
import io.quorum.contracts.money.Money;

/** The venue's fees: a resting order that gets filled pays the maker rate, one that takes liquidity the taker rate. */
public record FeeSchedule(FeeRate maker, FeeRate taker) {

    public FeeSchedule {
        requireNonNull(maker, "maker");
        requireNonNull(taker, "taker");
    }

    /** Exact: notional × rate, no rounding. */
    public Money feeOn(Money notional, Liquidity liquidity) {
        return (liquidity == Liquidity.MAKER ? maker : taker).on(notional);
    }
}
