package io.quorum.signal.voting;

import io.quorum.contracts.money.Price;
import java.util.Optional;

/**
 * The optional trade parameters a voter may attach to its vote. Nothing here is trusted: a
 * proposal may put the stop on the wrong side or ask for leverage 125; the confirm step of the
 * {@code risk} package clamps it. Only a leverage below 1 is refused here, as it means nothing.
 */
public record Proposal(Price takeProfit, Price stopLoss, Integer leverage) {

    public static final Proposal NONE = new Proposal(null, null, null);

    public Proposal {
        if (leverage != null && leverage < 1) {
            throw new IllegalArgumentException("a proposed leverage must be at least 1, was " + leverage);
        }
    }

    public Optional<Price> takeProfitPrice() {
        return Optional.ofNullable(takeProfit);
    }

    public Optional<Price> stopLossPrice() {
        return Optional.ofNullable(stopLoss);
    }

    public Optional<Integer> proposedLeverage() {
        return Optional.ofNullable(leverage);
    }
}
