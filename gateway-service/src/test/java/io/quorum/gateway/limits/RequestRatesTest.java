package io.quorum.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.testkit.MovableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequestRatesTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T03:00:00Z"));

    @Test
    void aCallerMaySpendTheBurstAtOnceAndIsThenRefusedUntilATokenHasRefilled() {
        var rates = new RequestRates(clock, 60, 3, 100);

        for (int i = 0; i < 3; i++) {
            assertThat(rates.tryAcquire("alice")).isInstanceOf(RequestRates.Decision.Allowed.class);
        }
        assertThat(rates.tryAcquire("alice")).isEqualTo(new RequestRates.Decision.Refused(Duration.ofSeconds(1)));

        clock.advance(Duration.ofMillis(400));
        assertThat(rates.tryAcquire("alice")).isEqualTo(new RequestRates.Decision.Refused(Duration.ofMillis(600)));

        clock.advance(Duration.ofMillis(600));
        assertThat(rates.tryAcquire("alice")).isInstanceOf(RequestRates.Decision.Allowed.class);
        assertThat(rates.tryAcquire("alice")).isInstanceOf(RequestRates.Decision.Refused.class);
    }

    @Test
    void refusedRequestsCostNothingSoACallerWhoWaitsIsServedAgain() {
        var rates = new RequestRates(clock, 60, 1, 100);
        assertThat(rates.tryAcquire("alice")).isInstanceOf(RequestRates.Decision.Allowed.class);

        for (int i = 0; i < 50; i++) {
            assertThat(rates.tryAcquire("alice")).isInstanceOf(RequestRates.Decision.Refused.class);
        }
        clock.advance(Duration.ofSeconds(1));

        assertThat(rates.tryAcquire("alice")).isInstanceOf(RequestRates.Decision.Allowed.class);
    }

    @Test
    void eachCallerHasItsOwnBucket() {
        var rates = new RequestRates(clock, 1, 2, 100);
        rates.tryAcquire("alice");
        rates.tryAcquire("alice");

        assertThat(rates.tryAcquire("alice")).isInstanceOf(RequestRates.Decision.Refused.class);
        assertThat(rates.tryAcquire("bob")).isInstanceOf(RequestRates.Decision.Allowed.class);
    }

    @Test
    void theSustainedRateIsTheConfiguredRateWhateverTheCallerTries() {
        var rates = new RequestRates(clock, 600, 10, 100);
        int allowed = 0;
        // ten minutes of a caller trying every 10 ms: the burst plus 600 a minute, no more
        for (int tick = 0; tick < 60_000; tick++) {
            if (rates.tryAcquire("alice") instanceof RequestRates.Decision.Allowed) {
                allowed++;
            }
            clock.advance(Duration.ofMillis(10));
        }

        assertThat(allowed).isBetween(6000, 6010);
    }

    @Test
    void callersWhoseBucketIsFullAgainAreForgottenWhenTooManyAreTracked() {
        var rates = new RequestRates(clock, 60, 5, 10);
        for (int i = 0; i < 10; i++) {
            rates.tryAcquire("caller-" + i);
        }
        clock.advance(Duration.ofSeconds(2));

        rates.tryAcquire("one-more");

        assertThat(rates.callersTracked()).isEqualTo(1);
    }

    @Test
    void aRateOrBurstBelowOneIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new RequestRates(clock, 0, 5, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RequestRates(clock, 60, 0, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
