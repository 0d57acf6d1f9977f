package io.quorum.marketdata.live.model;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before reconnect attempt n (0-based): the initial delay doubled per failed
 * attempt, capped, then "equal jitter" — half of it fixed, half random — so many clients cut at
 * the same moment do not all come back at the same moment, yet none retries at once.
 */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, was " + initial + " / " + max);
        }
    }

    /** The capped exponential delay before jitter. */
    public Duration ceiling(int attempt) {
        int doublings = Math.min(attempt, 30);
        long millis = initial.toMillis() << doublings;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }

    /** @param random a number in [0, 1) */
    public Duration delay(int attempt, DoubleSupplier random) {
        long ceiling = ceiling(attempt).toMillis();
        return Duration.ofMillis(ceiling / 2 + (long) (random.getAsDouble() * (ceiling - ceiling / 2)));
    }
}
