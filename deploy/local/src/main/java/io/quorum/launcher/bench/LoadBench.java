package io.quorum.launcher.bench;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.contracts.orders.OrderRejected;
import io.quorum.marketdata.replay.Replay;
import io.quorum.marketdata.replay.ReplayWindow;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Quorum's pipeline under load: the whole stack on embedded Kafka and PostgreSQL, thousands of users
 * with grid bots started through the gateway, then a window of recorded market replayed as fast as
 * it goes, measuring tick-to-fill latency and throughput next to one Kafka hop on the same broker.
 * Run by {@code deploy/local/bench-load}; options in {@link BenchOptions}.
 */
public final class LoadBench {

    private static final List<Symbol> SYMBOLS = List.of(Symbol.of("BTCUSDT"), Symbol.of("ETHUSDT"));
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        System.out.printf("bench: %d users × %d grid bots (%d grids each), window %s → %s, %d client threads%n",
                options.users(), options.botsPerUser(), options.grids(), options.from(), options.until(), options.clients());
        long began = System.nanoTime();
        try (BenchStack stack = BenchStack.start();
             ConsumerLag lag = new ConsumerLag(stack.bootstrapServers());
             PipelineWatch watch = new PipelineWatch(stack.bootstrapServers());
             KafkaRoundTrip roundTrip = new KafkaRoundTrip(stack.bootstrapServers(), lag.admin())) {
            var report = new BenchReport(options);
            report.stackStarted(seconds(began));
            report.idleHop(roundTrip.measure(300, Duration.ofMillis(10)));

            // one minute before the window: the market's price to centre the grids on
            Replay replay = stack.replay();
            replay.run(new ReplayWindow(options.from().minus(MINUTE.multipliedBy(2)), options.from().minus(MINUTE)));
            BenchClient gateway = new BenchClient(stack.gatewayUrl());
            Map<Symbol, BigDecimal> prices = prices(gateway);
            report.prices(prices);

            BotFleet.Outcome fleet = new BotFleet(gateway, options, prices).setUp();
            report.fleet(fleet);
            lag.awaitDrained(watch, 2_000);

            // the last minute before the window: its first tick places every grid's first buys
            long arming = System.nanoTime();
            replay.run(new ReplayWindow(options.from().minus(MINUTE), options.from()));
            lag.awaitDrained(watch, 3_000);
            report.armed(seconds(arming), watch.count(OrderIntentCreated.class), watch.restingOrders(),
                    watch.count(OrderRejected.class), watch.intentsInFlight());

            roundTrip.startBackground(options.probeEvery());
            long windowStartMillis = System.currentTimeMillis();
            long replayStart = System.nanoTime();
            Replay.Outcome outcome = replay.run(new ReplayWindow(options.from(), options.until()));
            double replaySeconds = seconds(replayStart);
            lag.awaitDrained(watch, 3_000);
            // drained when the last record of the window's consequences arrived; the quiet period after it only proves it
            double drainedSeconds = (watch.lastRecordMillis() - windowStartMillis) / 1000.0;
            Histogram loadedHop = roundTrip.stopBackground();

            report.measured(outcome.candles(), watch.ticksSince(windowStartMillis), replaySeconds, drainedSeconds,
                    TickToFill.of(watch, windowStartMillis), loadedHop);
            report.counts(new LinkedHashMap<>(watch.countsByType()));
            report.print();
        }
    }

    private static Map<Symbol, BigDecimal> prices(BenchClient gateway) {
        String token = gateway.post(null, "/api/users", Map.of("name", "bench observer", "email", "observer@quorum.local",
                        "password", "bench observer password"))
                .body().get("apiToken").asString();
        Map<Symbol, BigDecimal> prices = new LinkedHashMap<>();
        for (Symbol symbol : SYMBOLS) {
            var market = gateway.get(token, "/api/market/" + symbol.value());
            if (market.status() != 200) {
                throw new IllegalStateException("no price for " + symbol + ": HTTP " + market.status() + " " + market.body());
            }
            prices.put(symbol, new BigDecimal(market.body().get("lastPrice").asString()));
        }
        return prices;
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }
}
