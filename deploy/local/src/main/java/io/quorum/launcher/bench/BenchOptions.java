package io.quorum.launcher.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What the load bench runs: how many users and grid bots, how many grids (intervals) each bot has,
 * the replayed window of market time, and how many client threads set the bots up. The defaults are
 * issue 3's figures: 5,400 users × 5 grid bots on four hours of replayed BTCUSDT and ETHUSDT.
 *
 * @param grids      intervals per grid; with the price near the middle about half of them rest as buys
 * @param clients    concurrent HTTP clients signing users up and starting bots
 * @param probeEvery pause between two Kafka round-trip probes while the load runs
 */
public record BenchOptions(int users, int botsPerUser, int grids, Instant from, Instant until, int clients,
                           Duration probeEvery) {

    static final String USAGE = """
            bench-load [--users=5400] [--bots-per-user=5] [--grids=6] [--from=2025-06-02T00:00:00Z]
                       [--until=2025-06-02T04:00:00Z] [--clients=16] [--probe-every-ms=20]
            Quick try: --users=50 --until=2025-06-02T00:30:00Z""";

    public BenchOptions {
        if (users < 1 || botsPerUser < 1 || botsPerUser > 5) {
            throw new IllegalArgumentException("need at least one user and 1-5 bots per user (the registry's limit)");
        }
        if (grids < 2 || grids > 100) {
            throw new IllegalArgumentException("grids must be 2-100, was " + grids);
        }
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("--from must be before --until");
        }
    }

    static BenchOptions parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("unknown argument " + arg + "\n" + USAGE);
            }
            given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        BenchOptions options = new BenchOptions(
                Integer.parseInt(take(given, "users", "5400")),
                Integer.parseInt(take(given, "bots-per-user", "5")),
                Integer.parseInt(take(given, "grids", "6")),
                Instant.parse(take(given, "from", "2025-06-02T00:00:00Z")),
                Instant.parse(take(given, "until", "2025-06-02T04:00:00Z")),
                Integer.parseInt(take(given, "clients", "16")),
                Duration.ofMillis(Long.parseLong(take(given, "probe-every-ms", "20"))));
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + given.keySet() + "\n" + USAGE);
        }
        return options;
    }

    private static String take(Map<String, String> given, String option, String fallback) {
        String value = given.remove(option);
        return value == null ? fallback : value;
    }

    int bots() {
        return users * botsPerUser;
    }
}
