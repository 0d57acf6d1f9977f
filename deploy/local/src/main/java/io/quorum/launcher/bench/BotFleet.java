package io.quorum.launcher.bench;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.market.Instruments;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Signs the bench's users up and creates and starts their grid bots through the gateway, as many
 * users' programs would, from a bounded pool of client threads. Each bot gets its own range around
 * the price at the start of the replay (centre within ±0.2 %, half-width 0.4–1.5 %), alternately on
 * BTCUSDT and ETHUSDT, arithmetic or geometric, 1,800 USDT at leverage 2 out of the paper balance
 * of 10,000.
 */
final class BotFleet {

    /** What the set-up achieved and how long it took. */
    record Outcome(int users, int botsStarted, int failures, long millis, List<String> firstFailures) {

        double botsPerSecond() {
            return botsStarted * 1000.0 / Math.max(1, millis);
        }
    }

    private static final List<Symbol> SYMBOLS = List.of(Symbol.of("BTCUSDT"), Symbol.of("ETHUSDT"));
    private static final MathContext MATH = MathContext.DECIMAL64;

    private final BenchClient gateway;
    private final BenchOptions options;
    private final Map<Symbol, BigDecimal> prices;
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final List<String> firstFailures = new ArrayList<>();

    BotFleet(BenchClient gateway, BenchOptions options, Map<Symbol, BigDecimal> prices) {
        this.gateway = gateway;
        this.options = options;
        this.prices = prices;
    }

    Outcome setUp() throws Exception {
        long began = System.nanoTime();
        try (ExecutorService clients = Executors.newFixedThreadPool(options.clients())) {
            List<Future<?>> users = new ArrayList<>();
            for (int user = 0; user < options.users(); user++) {
                int index = user;
                users.add(clients.submit(() -> setUpUser(index)));
            }
            for (int i = 0; i < users.size(); i++) {
                users.get(i).get();
                if ((i + 1) % 500 == 0) {
                    System.out.printf("bench: %d users set up, %d bots running%n", i + 1, started.get());
                }
            }
        }
        long millis = (System.nanoTime() - began) / 1_000_000;
        return new Outcome(options.users(), started.get(), failures.get(), millis, List.copyOf(firstFailures));
    }

    private void setUpUser(int user) {
        var signUp = gateway.post(null, "/api/users", Map.of("name", "bench user " + user, "email", "bench" + user + "@quorum.local",
                "password", "bench user password " + user));
        if (!expect(signUp, 201, "sign up")) {
            return;
        }
        String token = signUp.body().get("apiToken").asString();
        Random random = new Random(user);
        List<String> bots = new ArrayList<>();
        for (int b = 0; b < options.botsPerUser(); b++) {
            var created = gateway.post(token, "/api/bots", botOf(user, b, random));
            if (expect(created, 201, "create a bot")) {
                bots.add(created.body().get("id").asString());
            }
        }
        for (String bot : bots) {
            if (expect(gateway.post(token, "/api/bots/" + bot + "/start", Map.of()), 200, "start a bot")) {
                started.incrementAndGet();
            }
        }
    }

    private Map<String, Object> botOf(int user, int b, Random random) {
        Symbol symbol = SYMBOLS.get((user + b) % SYMBOLS.size());
        Instrument instrument = Instruments.of(symbol);
        BigDecimal price = prices.get(symbol);
        BigDecimal centre = price.multiply(BigDecimal.ONE.add(BigDecimal.valueOf((random.nextDouble() - 0.5) * 0.004)), MATH);
        BigDecimal halfWidth = price.multiply(BigDecimal.valueOf(0.004 + random.nextDouble() * 0.011), MATH);
        return Map.of(
                "name", "bench grid " + b, "kind", "GRID", "symbol", symbol.value(), "budget", "1800", "leverage", 2,
                "grid", Map.of(
                        "lower", instrument.tickBelow(centre.subtract(halfWidth)).toString(),
                        "upper", instrument.tickAbove(centre.add(halfWidth)).toString(),
                        "gridCount", options.grids(),
                        "spacing", b % 2 == 0 ? "ARITHMETIC" : "GEOMETRIC"));
    }

    private boolean expect(BenchClient.Response response, int status, String what) {
        if (response.status() == status) {
            return true;
        }
        failures.incrementAndGet();
        synchronized (firstFailures) {
            if (firstFailures.size() < 5) {
                firstFailures.add(what + ": HTTP " + response.status() + " " + response.body());
            }
        }
        return false;
    }
}
