package io.quorum.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.UserId;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 6: a start whose reservation the allocation made after the registry stopped waiting never leaves a user's
 * money held by a bot that is not running. The real registry and the real allocation on the embedded Kafka and
 * PostgreSQL, with a proxy between them that passes a chosen bot's reserve call on at once but holds the answer back
 * longer than the registry's read timeout: the user gets 503, the bot stays as it was, and the allocation has reserved.
 */
class StuckReservationEndToEndTest {

    private static final String SECRET = "stuck-reservation-secret";
    /** The proxy's client. */
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    /**
     * Forwards every request to the allocation; for a bot in {@link #slow} it answers only after the registry gave up
     * (the allocation has answered by then: {@link #answered} counts down).
     */
    private final class SlowAllocation implements AutoCloseable {
        final Set<String> slow = ConcurrentHashMap.newKeySet();
        final Map<String, CountDownLatch> answered = new ConcurrentHashMap<>();
        private final HttpServer server;
        private final String target;

        SlowAllocation(String target) throws IOException {
            this.target = target;
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/", this::forward);
            server.start();
        }

        String url() {
            return "http://localhost:" + server.getAddress().getPort();
        }

        CountDownLatch holdBack(String bot) {
            slow.add(bot);
            return answered.computeIfAbsent(bot, key -> new CountDownLatch(1));
        }

        private void forward(HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + path)).timeout(Duration.ofMinutes(2))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (name.equalsIgnoreCase(GatewayHeaders.SECRET) || name.equalsIgnoreCase("Content-Type")) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.close();
                return;
            }
            String bot = path.replaceAll("^/internal/budgets/([^/]+)/reserve$", "$1");
            if (slow.remove(bot)) {
                answered.get(bot).countDown();
                try {
                    Thread.sleep(Duration.ofSeconds(20)); // the registry waits 10 s
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            try {
                exchange.getResponseHeaders().add("Content-Type",
                        response.headers().firstValue("Content-Type").orElse("application/json"));
                exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
                exchange.getResponseBody().write(response.body());
            } catch (IOException e) {
                // the registry closed the connection when it stopped waiting
            } finally {
                exchange.close();
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    @Test
    void aStartTheRegistryGaveUpOnLeavesNoBudgetHeldForABotThatIsNotRunning() throws Exception {
        try (DirectQuorum quorum = new DirectQuorum(SECRET, Duration.ofMinutes(2), Map.of())) {
            QuorumServices services = quorum.services();
            services.start(QuorumService.ALLOCATION, Map.of("quorum.allocation.reservations.unconfirmed-grace", "PT30S",
                    "quorum.allocation.reservations.sweep-interval", "PT1S"));
            try (SlowAllocation proxy = new SlowAllocation(services.url(QuorumService.ALLOCATION))) {
                services.start(QuorumService.REGISTRY, Map.of("quorum.allocation.url", proxy.url(),
                        "quorum.allocation.connect-timeout", "PT2S", "quorum.allocation.read-timeout", "PT10S"));
                String registry = services.url(QuorumService.REGISTRY);

                // one user: the start times out, the budget is held, the user edits the budget and starts again
                UserId ann = UserId.random();
                String first = create(quorum, registry, ann, "first", "6000");
                String second = create(quorum, registry, ann, "second", "6000");
                CountDownLatch reserved = proxy.holdBack(first);
                var timedOut = quorum.send(registry, "POST", "/api/bots/" + first + "/start", ann, null);
                assertThat(timedOut.status()).as("%s", timedOut.body()).isEqualTo(503);
                assertThat(reserved.await(2, TimeUnit.MINUTES)).as("the allocation answered the held-back call").isTrue();
                assertThat(quorum.send(registry, "GET", "/api/bots/" + first, ann, null).body().path("status").asString())
                        .isEqualTo("CREATED");
                try (Connection allocation = quorum.connect("allocation")) {
                    assertThat(activeBudget(allocation, first)).as("the allocation did reserve")
                            .isEqualByComparingTo("6000");
                }

                assertThat(quorum.send(registry, "PATCH", "/api/bots/" + first, ann, "{\"budget\":\"4000\"}").status()).isEqualTo(200);
                var again = quorum.send(registry, "POST", "/api/bots/" + first + "/start", ann, null);
                assertThat(again.status()).as("%s", again.body()).isEqualTo(200);
                assertThat(again.body().path("status").asString()).isEqualTo("RUNNING");
                var other = quorum.send(registry, "POST", "/api/bots/" + second + "/start", ann, null);
                assertThat(other.status()).as("4000 + 6000 fit 10000: %s", other.body()).isEqualTo(200);
                try (Connection allocation = quorum.connect("allocation")) {
                    assertThat(activeBudget(allocation, first)).isEqualByComparingTo("4000");
                    assertThat(activeBudgets(allocation, ann)).isEqualByComparingTo("10000");
                }

                // another user: the start times out and the bot is deleted; no start will ever come for it
                UserId ben = UserId.random();
                String deleted = create(quorum, registry, ben, "deleted", "6000");
                String next = create(quorum, registry, ben, "next", "6000");
                CountDownLatch held = proxy.holdBack(deleted);
                assertThat(quorum.send(registry, "POST", "/api/bots/" + deleted + "/start", ben, null).status()).isEqualTo(503);
                assertThat(held.await(2, TimeUnit.MINUTES)).isTrue();
                assertThat(quorum.send(registry, "DELETE", "/api/bots/" + deleted, ben, null).status()).isEqualTo(204);
                try (Connection allocation = quorum.connect("allocation")) {
                    await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                            .until(() -> activeBudget(allocation, deleted) == null);
                    assertThat(activeBudgets(allocation, ben)).isEqualByComparingTo("0");
                }
                var nextStart = quorum.send(registry, "POST", "/api/bots/" + next + "/start", ben, null);
                assertThat(nextStart.status()).as("%s", nextStart.body()).isEqualTo(200);
            }
        }
    }

    private static String create(DirectQuorum quorum, String registry, UserId user, String name, String budget) {
        var created = quorum.send(registry, "POST", "/api/bots", user, """
                {"name":"%s","kind":"AI_TREND","templateId":"conservative-trend","symbol":"BTCUSDT","budget":"%s","leverage":2}"""
                .formatted(name, budget));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    /** The bot's budget while it is RESERVED or HALTING, else null. */
    private static BigDecimal activeBudget(Connection allocation, String bot) throws SQLException {
        try (PreparedStatement query = allocation.prepareStatement(
                "select amount from bot_budget where bot_id = ?::uuid and status in ('RESERVED', 'HALTING')")) {
            query.setString(1, bot);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getBigDecimal(1) : null;
            }
        }
    }

    private static BigDecimal activeBudgets(Connection allocation, UserId user) throws SQLException {
        try (PreparedStatement query = allocation.prepareStatement(
                "select coalesce(sum(amount), 0) from bot_budget where user_id = ?::uuid and status in ('RESERVED', 'HALTING')")) {
            query.setString(1, user.toString());
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }
}
