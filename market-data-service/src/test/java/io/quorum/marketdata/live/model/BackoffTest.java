package io.quorum.marketdata.live.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60));

    @Test
    void theCeilingDoublesPerFailedAttemptUpToTheMaximum() {
        assertThat(backoff.ceiling(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.ceiling(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(backoff.ceiling(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.ceiling(500)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void jitterKeepsTheDelayBetweenHalfTheCeilingAndTheCeiling() {
        assertThat(backoff.delay(3, () -> 0.0)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.delay(3, () -> 0.5)).isEqualTo(Duration.ofSeconds(6));
        assertThat(backoff.delay(3, () -> 0.999999)).isLessThan(Duration.ofSeconds(8)).isGreaterThan(Duration.ofMillis(7990));
    }

    @Test
    void refusesAMaximumBelowTheFirstDelay() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
