package io.quorum.notifier.delivery;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how long a failing channel is retried: the wait doubles (by {@code multiplier})
 * after each failure, capped at {@code maxBackoff}, and the delivery fails after {@code maxAttempts}.
 */
public record RetryPolicy(Duration initialBackoff, double multiplier, int maxAttempts, Duration maxBackoff) {

    public RetryPolicy {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (initialBackoff.isNegative() || initialBackoff.isZero()) {
            throw new IllegalArgumentException("initial backoff must be positive, was " + initialBackoff);
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("backoff multiplier must be at least 1, was " + multiplier);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max attempts must be at least 1, was " + maxAttempts);
        }
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("max backoff must not be below the initial backoff");
        }
    }

    /** The wait after the {@code failedAttempts}-th failed attempt (1 for the first). */
    public Duration backoffAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failed attempts start at 1, was " + failedAttempts);
        }
        double millis = initialBackoff.toMillis() * Math.pow(multiplier, failedAttempts - 1);
        return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis(Math.round(millis));
    }

    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
