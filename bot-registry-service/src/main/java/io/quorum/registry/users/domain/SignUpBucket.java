package io.quorum.registry.users.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The sign-ups one client address may make: {@code burst} at once, then one every {@code interval}, as a token bucket
 * kept the way of the generic cell rate algorithm — only the moment at which the address's bucket is full again. A
 * refused sign-up costs nothing. The same arithmetic as the gateway's in-memory buckets, so both count alike.
 */
public record SignUpBucket(Duration interval, int burst) {

    public SignUpBucket {
        if (interval == null || interval.isNegative() || interval.isZero() || burst < 1) {
            throw new IllegalArgumentException("a sign-up limit needs a positive interval and a burst of at least 1");
        }
    }

    /** {@code perHour} sign-ups an hour sustained, {@code burst} at once. */
    public static SignUpBucket perHour(int perHour, int burst) {
        if (perHour < 1) {
            throw new IllegalArgumentException("a sign-up limit needs at least one sign-up an hour");
        }
        return new SignUpBucket(Duration.ofHours(1).dividedBy(perHour), burst);
    }

    /** Whether a sign-up may go ahead (and the bucket's next full moment), or how long until one could. */
    public sealed interface Decision {
        record Allowed(Instant fullAt) implements Decision {
        }

        record Refused(Duration retryAfter) implements Decision {
        }
    }

    /** A sign-up at {@code now} from an address whose bucket is full again at {@code fullAt} (null: never seen). */
    public Decision attempt(Instant fullAt, Instant now) {
        Instant from = fullAt == null || fullAt.isBefore(now) ? now : fullAt;
        Instant after = from.plus(interval);
        Duration beyond = Duration.between(now, after).minus(span());
        if (beyond.isPositive()) {
            return new Decision.Refused(beyond);
        }
        return new Decision.Allowed(after);
    }

    /** How long a full bucket takes to refill from empty: the most any row of the limit can look ahead. */
    public Duration span() {
        return interval.multipliedBy(burst);
    }
}
