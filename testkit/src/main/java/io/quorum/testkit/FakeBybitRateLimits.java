package io.quorum.testkit;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rate-limit headers Bybit sends with every private answer: the limit of the path per account
 * and second (order creation 10, anything else 50 here), what is left of it in the current second,
 * and when that second ends. Informative only: the fake refuses with 10006 only when a test scripts it.
 */
final class FakeBybitRateLimits {

    private final Map<String, long[]> windows = new ConcurrentHashMap<>();

    Map<String, String> headers(String apiKey, String path, long serverMillis) {
        int limit = path.equals("/v5/order/create") ? 10 : 50;
        long second = serverMillis / 1000;
        long[] window = windows.compute(apiKey + " " + path, (key, seen) ->
                seen == null || seen[0] != second ? new long[] {second, 1} : new long[] {second, seen[1] + 1});
        long left = Math.max(0, limit - window[1]);
        return Map.of("X-Bapi-Limit", String.valueOf(limit), "X-Bapi-Limit-Status", String.valueOf(left),
                "X-Bapi-Limit-Reset-Timestamp", String.valueOf((second + 1) * 1000));
    }

    static Map<String, String> exhausted(Instant resetAt) {
        return Map.of("X-Bapi-Limit", "10", "X-Bapi-Limit-Status", "0",
                "X-Bapi-Limit-Reset-Timestamp", String.valueOf(resetAt.toEpochMilli()));
    }
}
