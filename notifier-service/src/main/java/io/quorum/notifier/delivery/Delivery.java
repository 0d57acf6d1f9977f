package io.quorum.notifier.delivery;

import io.quorum.contracts.ids.UserId;
import io.quorum.notifier.settings.Channel;
import java.time.Instant;
import java.util.Objects;

/**
 * One notification on its way to one channel. Only a pending delivery can be attempted; each
 * attempt is counted, a failure waits for the retry policy's backoff or, when attempts run out,
 * fails for good with the last error.
 */
public record Delivery(long id, UserId userId, Channel channel, DeliveryStatus status, int attempts,
                       Instant nextAttemptAt, String lastError, Instant deliveredAt) {

    public Delivery {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
    }

    public Delivery delivered(Instant now) {
        requirePending();
        return new Delivery(id, userId, channel, DeliveryStatus.DELIVERED, attempts + 1, nextAttemptAt, lastError, now);
    }

    public Delivery failed(String error, Instant now, RetryPolicy policy) {
        requirePending();
        int attempted = attempts + 1;
        if (policy.exhausted(attempted)) {
            return new Delivery(id, userId, channel, DeliveryStatus.FAILED, attempted, nextAttemptAt, error, null);
        }
        return new Delivery(id, userId, channel, DeliveryStatus.PENDING, attempted,
                now.plus(policy.backoffAfter(attempted)), error, null);
    }

    /**
     * Waits until {@code until} without counting an attempt: the user's channel took as many messages as the
     * per-minute cap allows. The note says so in the history; nothing is dropped.
     */
    public Delivery deferred(Instant until, String note) {
        requirePending();
        return new Delivery(id, userId, channel, DeliveryStatus.PENDING, attempts, until, note, null);
    }

    /** Gives up without an attempt: the channel was switched off or removed after the event. */
    public Delivery abandoned(String reason) {
        requirePending();
        return new Delivery(id, userId, channel, DeliveryStatus.FAILED, attempts, nextAttemptAt, reason, null);
    }

    private void requirePending() {
        if (status != DeliveryStatus.PENDING) {
            throw new IllegalStateException("delivery " + id + " is " + status + ", not pending");
        }
    }
}
