package io.quorum.signal.technical;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** The fast and slow EMA of one interval at one candle. */
public record EmaPair(BigDecimal fast, BigDecimal slow) {

    public EmaPair {
        Objects.requireNonNull(fast, "fast EMA");
        Objects.requireNonNull(slow, "slow EMA");
    }

    public boolean fastAbove() {
        return fast.compareTo(slow) > 0;
    }

    public boolean fastBelow() {
        return fast.compareTo(slow) < 0;
    }

    @Override
    public String toString() {
        return "fast " + fast.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " / slow "
                + slow.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
