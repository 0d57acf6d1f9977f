package io.quorum.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.UserId;
import io.quorum.notifier.settings.Channel;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class RetryPolicyProperties {

    @Property
    void backoffNeverShrinksAndNeverExceedsTheCap(@ForAll @LongRange(min = 1, max = 60_000) long initialMillis,
                                                  @ForAll @DoubleRange(min = 1.0, max = 10.0) double multiplier,
                                                  @ForAll @IntRange(min = 1, max = 200) int attempt) {
        var policy = new RetryPolicy(Duration.ofMillis(initialMillis), multiplier, 8, Duration.ofHours(1));

        Duration now = policy.backoffAfter(attempt);
        Duration next = policy.backoffAfter(attempt + 1);

        assertThat(now).isGreaterThanOrEqualTo(Duration.ofMillis(initialMillis));
        assertThat(next).isGreaterThanOrEqualTo(now);
        assertThat(next).isLessThanOrEqualTo(Duration.ofHours(1));
    }

    @Property
    void aDeliveryIsAttemptedAtMostMaxAttemptsTimes(@ForAll @IntRange(min = 1, max = 30) int maxAttempts) {
        var policy = new RetryPolicy(Duration.ofSeconds(1), 2, maxAttempts, Duration.ofHours(1));
        Instant now = Instant.parse("2026-03-02T10:00:00Z");
        Delivery delivery = new Delivery(1, UserId.random(), Channel.TELEGRAM, DeliveryStatus.PENDING, 0, now, null, null);

        int attempts = 0;
        while (delivery.status() == DeliveryStatus.PENDING) {
            delivery = delivery.failed("HTTP 500", delivery.nextAttemptAt(), policy);
            attempts++;
        }

        assertThat(attempts).isEqualTo(maxAttempts);
        assertThat(delivery.attempts()).isEqualTo(maxAttempts);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
    }
}
