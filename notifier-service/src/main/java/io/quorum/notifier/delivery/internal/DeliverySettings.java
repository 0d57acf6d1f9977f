package io.quorum.notifier.delivery.internal;

import io.quorum.notifier.delivery.RetryPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code quorum.notifier.delivery.*}: retries, polling and HTTP timeouts, checked at start-up.
 * The lease must outlast a whole batch of slow calls, or a second worker would send a message again.
 */
@ConfigurationProperties("quorum.notifier.delivery")
public record DeliverySettings(@DefaultValue("PT1S") Duration initialBackoff,
                               @DefaultValue("2") double multiplier,
                               @DefaultValue("8") int maxAttempts,
                               @DefaultValue("PT1H") Duration maxBackoff,
                               @DefaultValue("PT5M") Duration lease,
                               @DefaultValue("PT1S") Duration poll,
                               @DefaultValue("10") int batchSize,
                               @DefaultValue("PT5S") Duration connectTimeout,
                               @DefaultValue("PT10S") Duration readTimeout,
                               @DefaultValue("20") int maxPerMinute) {

    public DeliverySettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("quorum.notifier.delivery.batch-size must be at least 1");
        }
        if (maxPerMinute < 1) {
            throw new IllegalArgumentException("quorum.notifier.delivery.max-per-minute must be at least 1");
        }
        if (poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("quorum.notifier.delivery.poll must be positive");
        }
        Duration slowestBatch = connectTimeout.plus(readTimeout).multipliedBy(batchSize);
        if (lease.compareTo(slowestBatch) <= 0) {
            throw new IllegalArgumentException("quorum.notifier.delivery.lease (" + lease + ") must exceed batch-size x "
                    + "(connect-timeout + read-timeout) = " + slowestBatch);
        }
        retryPolicy(initialBackoff, multiplier, maxAttempts, maxBackoff);
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy(initialBackoff, multiplier, maxAttempts, maxBackoff);
    }

    private static RetryPolicy retryPolicy(Duration initial, double multiplier, int maxAttempts, Duration maxBackoff) {
        return new RetryPolicy(initial, multiplier, maxAttempts, maxBackoff);
    }
}
