package io.quorum.execution.venue.bybit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.ratelimiter.RateLimiter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The limiter counts on a test clock, so the second boundary is where the test puts it. */
class OrderRateLimitsTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final OrderRateLimits limits = new OrderRateLimits(10, Duration.ZERO, nanos::get);
    private final BybitCredentials alice = new BybitCredentials("alice-key", "alice-secret");
    private final BybitCredentials bob = new BybitCredentials("bob-key", "bob-secret");

    @Test
    void anAccountGetsTenOrderCreationsASecondAndTenMoreTheNextSecond() {
        RateLimiter limiter = limits.forAccount(alice);

        assertThat(permits(limiter, 15)).isEqualTo(10);
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(permits(limiter, 15)).isEqualTo(10);
    }

    @Test
    void botsOfOneAccountShareItsBudgetAndAccountsDoNot() {
        assertThat(limits.forAccount(alice)).isSameAs(limits.forAccount(new BybitCredentials("alice-key", "alice-secret")));

        assertThat(permits(limits.forAccount(alice), 10)).isEqualTo(10);
        assertThat(permits(limits.forAccount(bob), 10)).isEqualTo(10);
        assertThat(permits(limits.forAccount(alice), 1)).isZero();
    }

    private static long permits(RateLimiter limiter, int tries) {
        return IntStream.range(0, tries).filter(i -> limiter.acquirePermission()).count();
    }
}
