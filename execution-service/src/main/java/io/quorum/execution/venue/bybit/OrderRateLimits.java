package io.quorum.execution.venue.bybit;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One order-creation budget per Bybit account (API key), shared by every bot trading on it: at most
 * {@code perSecond} creations in each second (Bybit allows 10/s on linear and answers 10006 past it).
 * A creation waits for its permit up to {@code maxWait}.
 */
public final class OrderRateLimits {

    private final RateLimiterConfig config;
    private final Supplier<Long> nanoTime;
    private final Map<String, RateLimiter> perAccount = new ConcurrentHashMap<>();

    public OrderRateLimits(int perSecond, Duration maxWait) {
        this(perSecond, maxWait, System::nanoTime);
    }

    /** With the time source the limiter's cycles are counted on (a test's own). */
    OrderRateLimits(int perSecond, Duration maxWait, Supplier<Long> nanoTime) {
        this.config = RateLimiterConfig.custom()
                .limitForPeriod(perSecond)
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(maxWait)
                .build();
        this.nanoTime = nanoTime;
    }

    public RateLimiter forAccount(BybitCredentials account) {
        return perAccount.computeIfAbsent(account.apiKey(),
                key -> RateLimiter.of("bybit-order-create-" + perAccount.size(), config, nanoTime));
    }
}
