package io.quorum.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.ids.UserId;
import io.quorum.notifier.settings.Channel;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveryTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(1), 2, 3, Duration.ofHours(1));

    static Delivery pending() {
        return new Delivery(7, UserId.random(), Channel.SLACK, DeliveryStatus.PENDING, 0, NOW, null, null);
    }

    @Test
    void aSuccessfulAttemptDeliversAndCountsTheAttempt() {
        Delivery delivered = pending().delivered(NOW);

        assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(1);
        assertThat(delivered.deliveredAt()).isEqualTo(NOW);
    }

    @Test
    void aFailedAttemptWaitsLongerEachTimeThenFailsWithTheLastError() {
        Delivery first = pending().failed("HTTP 503: unavailable", NOW, POLICY);
        Delivery second = first.failed("HTTP 502: bad gateway", NOW, POLICY);
        Delivery third = second.failed("I/O error: ConnectException", NOW, POLICY);

        assertThat(first.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(first.nextAttemptAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(second.nextAttemptAt()).isEqualTo(NOW.plusSeconds(2));
        assertThat(second.lastError()).isEqualTo("HTTP 502: bad gateway");
        assertThat(third.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(third.attempts()).isEqualTo(3);
        assertThat(third.lastError()).isEqualTo("I/O error: ConnectException");
    }

    @Test
    void aFinishedDeliveryCannotBeAttemptedAgain() {
        Delivery delivered = pending().delivered(NOW);
        Delivery abandoned = pending().abandoned("SLACK was switched off");

        assertThatThrownBy(() -> delivered.delivered(NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> delivered.failed("x", NOW, POLICY)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> abandoned.delivered(NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(abandoned.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(abandoned.attempts()).isZero();
    }
}
