package io.quorum.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void theDefaultsDoubleFromOneSecond() {
        var policy = new RetryPolicy(Duration.ofSeconds(1), 2, 8, Duration.ofHours(1));

        assertThat(policy.backoffAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoffAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backoffAfter(7)).isEqualTo(Duration.ofSeconds(64));
    }

    @Test
    void rejectsSettingsThatCouldNotWork() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, 2, 8, Duration.ofHours(1)));
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), 0.5, 8, Duration.ofHours(1)));
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), Double.NaN, 8, Duration.ofHours(1)));
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), 2, 0, Duration.ofHours(1)));
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(10), 2, 8, Duration.ofSeconds(1)));
    }
}
