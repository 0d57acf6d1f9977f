package io.quorum.allocation.ledger;

import io.quorum.contracts.money.FeeRate;
import java.util.Objects;

/** The venue's fees: a resting order pays {@code maker}, one that takes liquidity pays {@code taker}. */
public record FeeSchedule(FeeRate maker, FeeRate taker) {

    public FeeSchedule {
        Objects.requireNonNull(maker, "maker");
        Objects.requireNonNull(taker, "taker");
    }
}
