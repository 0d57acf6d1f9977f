package io.quorum.signal.risk;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How far from the entry a take-profit or stop-loss may lie, in % of the entry, and where it goes
 * when no voter proposed a usable one. Below 100 %, so a price on either side stays positive.
 */
public record DistanceBounds(Percent min, Percent max, Percent fallback) {

    public DistanceBounds {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(fallback, "fallback");
        if (min.compareTo(fallback) > 0 || fallback.compareTo(max) > 0) {
            throw new IllegalArgumentException("distance bounds need min ≤ default ≤ max, were " + min + ", " + fallback
                    + ", " + max);
        }
        if (!max.isBelowHundred()) {
            throw new IllegalArgumentException("a distance from the entry must stay below 100 %, was " + max);
        }
    }

    /** The fraction of the entry, moved into the bounds. */
    BigDecimal clamp(BigDecimal fraction) {
        return fraction.max(min.fraction()).min(max.fraction());
    }
}
