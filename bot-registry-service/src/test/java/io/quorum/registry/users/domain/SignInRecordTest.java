package io.quorum.registry.users.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInRecordTest {

    private static final SignInRecord.Policy POLICY =
            new SignInRecord.Policy(5, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(24));
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void theFifthAttemptLocksForTheFirstWindowAndTheSixthWaits() {
        SignInRecord record = SignInRecord.none();
        for (int i = 1; i <= 4; i++) {
            record = allowed(record.attempt(T0, POLICY));
            assertThat(record.failures()).isEqualTo(i);
            assertThat(record.lockedUntil()).isNull();
        }
        record = allowed(record.attempt(T0, POLICY));
        assertThat(record.lockouts()).isEqualTo(1);
        assertThat(record.lockedUntil()).isEqualTo(T0.plusSeconds(60));

        assertThat(record.attempt(T0.plusSeconds(59), POLICY))
                .isEqualTo(new SignInRecord.Decision.Locked(T0.plusSeconds(60)));
    }

    @Test
    void afterALockoutEachFailureLocksAgainForTwiceAsLongUpToTheCap() {
        SignInRecord record = SignInRecord.none();
        for (int i = 0; i < 5; i++) {
            record = allowed(record.attempt(T0, POLICY));
        }
        Instant now = record.lockedUntil();
        long[] expectedMinutes = {2, 4, 8, 16, 32, 60, 60};
        for (long minutes : expectedMinutes) {
            record = allowed(record.attempt(now, POLICY));
            assertThat(Duration.between(now, record.lockedUntil())).isEqualTo(Duration.ofMinutes(minutes));
            now = record.lockedUntil();
        }
        assertThat(POLICY.window(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aRecordIdleLongerThanForgetAfterStartsOver() {
        SignInRecord record = SignInRecord.none();
        for (int i = 0; i < 5; i++) {
            record = allowed(record.attempt(T0, POLICY));
        }
        record = allowed(record.attempt(T0.plus(Duration.ofHours(25)), POLICY));
        assertThat(record.lockouts()).isZero();
        assertThat(record.failures()).isEqualTo(1);
        assertThat(record.lockedUntil()).isNull();
    }

    @Test
    void aPolicyMustBeOrdered() {
        assertThatThrownBy(() -> new SignInRecord.Policy(0, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignInRecord.Policy(5, Duration.ofHours(2), Duration.ofHours(1), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignInRecord.Policy(5, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static SignInRecord allowed(SignInRecord.Decision decision) {
        assertThat(decision).isInstanceOf(SignInRecord.Decision.Allowed.class);
        return ((SignInRecord.Decision.Allowed) decision).next();
    }
}
