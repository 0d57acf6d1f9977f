package io.quorum.contracts.orders;

import java.time.Duration;

/**
 * A strategy's request that its order be executed as a TWAP: {@code slices} orders of the order's side (at market,
 * or at the limit price for a limit order), spread evenly over {@code durationSeconds}, instead of one order at once. The venue may send fewer slices
 * when the quantity cannot be cut into that many tradable parts (never a slice below the instrument's minimum).
 */
public record TwapSpec(long durationSeconds, int slices) {

    public static final int MAX_SLICES = 100;
    public static final long MAX_DURATION_SECONDS = 24 * 60 * 60;

    public TwapSpec {
        if (durationSeconds < 1 || durationSeconds > MAX_DURATION_SECONDS) {
            throw new IllegalArgumentException("a TWAP lasts between 1 s and 24 h, was " + durationSeconds + " s");
        }
        if (slices < 2 || slices > MAX_SLICES) {
            throw new IllegalArgumentException("a TWAP has between 2 and " + MAX_SLICES + " slices, was " + slices);
        }
    }

    public static TwapSpec over(Duration duration, int slices) {
        return new TwapSpec(duration.toSeconds(), slices);
    }

    public Duration duration() {
        return Duration.ofSeconds(durationSeconds);
    }
}
