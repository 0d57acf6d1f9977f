package io.quorum.gateway.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per caller, kept as the generic cell rate algorithm: per caller only the time at
 * which its bucket would be full again. A caller may spend {@code burst} requests at once and then
 * one every {@code interval}; a refused request costs nothing. Time comes from the clock given, so
 * tests can move it.
 */
public final class RequestRates {

    /** Whether a request may pass, and if not, how long until one would. */
    public sealed interface Decision {
        record Allowed() implements Decision {
        }

        record Refused(Duration retryAfter) implements Decision {
        }
    }

    private static final Decision ALLOWED = new Decision.Allowed();

    private final Clock clock;
    private final long intervalNanos;
    private final long burstNanos;
    private final int maxCallers;
    // caller → the instant (nanos since the epoch) at which the caller's bucket is full again
    private final ConcurrentHashMap<String, Long> fullAt = new ConcurrentHashMap<>();

    public RequestRates(Clock clock, int requestsPerMinute, int burst, int maxCallers) {
        this(clock, Duration.ofMinutes(1), requestsPerMinute, burst, maxCallers);
    }

    /** {@code requests} per {@code period} sustained, {@code burst} at once. */
    public RequestRates(Clock clock, Duration period, int requests, int burst, int maxCallers) {
        if (requests < 1 || burst < 1 || maxCallers < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("the period must be positive; requests, burst and max callers at least 1");
        }
        this.clock = clock;
        this.intervalNanos = period.toNanos() / requests;
        this.burstNanos = intervalNanos * burst;
        this.maxCallers = maxCallers;
    }

    public Decision tryAcquire(String caller) {
        long now = nanos(clock.instant());
        long[] refusedFor = {0};
        fullAt.compute(caller, (key, previous) -> {
            long after = Math.max(previous == null ? now : previous, now) + intervalNanos;
            if (after - now > burstNanos) {
                refusedFor[0] = after - now - burstNanos;
                return previous;
            }
            return after;
        });
        if (fullAt.size() > maxCallers) {
            forgetFullBuckets(now);
        }
        return refusedFor[0] > 0 ? new Decision.Refused(Duration.ofNanos(refusedFor[0])) : ALLOWED;
    }

    int callersTracked() {
        return fullAt.size();
    }

    /** A caller whose bucket has refilled is the same as one never seen: forgetting it bounds the memory. */
    private void forgetFullBuckets(long now) {
        fullAt.entrySet().removeIf(entry -> entry.getValue() <= now);
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
