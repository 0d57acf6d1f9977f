package io.quorum.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.testkit.EmbeddedInfrastructure;
import io.quorum.testkit.FakeOpenAi;
import io.quorum.testkit.FakeOpenAiReply;
import io.quorum.testkit.WebhookRecorder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The dashboards and alerts under deploy/ read only metrics Quorum exports: every service runs on an embedded
 * broker and database of its own, a user with Slack and Telegram notifications runs a paper grid bot and an AI
 * trend bot (its LLM voter testkit's OpenAI-compatible server, priced), and the shipped BTCUSDT candles replay
 * until every metric a query names has samples in some service's {@code /actuator/prometheus} — or the test
 * fails, naming the queries that read a metric no service exports.
 */
class DashboardMetricsScrapeTest {

    private static final List<QuorumService> SERVICES = List.of(QuorumService.ALLOCATION, QuorumService.GRID_ENGINE,
            QuorumService.REGISTRY, QuorumService.EXECUTION, QuorumService.NOTIFIER, QuorumService.SIGNAL,
            QuorumService.GATEWAY);

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyMetricADashboardOrAlertQueriesIsExportedBySomeService() throws Exception {
        List<DashboardQueries.Query> queries = DashboardQueries.all(DashboardQueries.deployFolder());
        Set<String> queried = new TreeSet<>();
        queries.forEach(query -> queried.addAll(DashboardQueries.metricNames(query.expr())));

        try (EmbeddedInfrastructure infra = EmbeddedInfrastructure.isolated();
             FakeOpenAi llm = FakeOpenAi.start();
             WebhookRecorder slack = WebhookRecorder.slack();
             WebhookRecorder telegram = WebhookRecorder.telegram();
             QuorumServices services = new QuorumServices(
                     new QuorumServices.Infrastructure(infra.kafkaBootstrapServers(), infra::jdbcUrl, "postgres", "postgres"),
                     "scrape-secret", true, Map.ofEntries(
                             Map.entry("quorum.kafka.partitions", 3),
                             Map.entry("logging.level.root", "WARN"),
                             // a loaded machine: the gateway's 3 s for the registry to resolve a token is not what is tested here
                             Map.entry("quorum.gateway.resolve-timeout", "PT30S"),
                             Map.entry("quorum.notifier.telegram.base-url", telegram.baseUrl()),
                             Map.entry("quorum.signal.llm.providers[0].name", "default"),
                             Map.entry("quorum.signal.llm.providers[0].base-url", llm.baseUrl()),
                             Map.entry("quorum.signal.llm.providers[0].model", "fake-model"),
                             Map.entry("quorum.signal.llm.providers[0].api-key", "sk-scrape"),
                             Map.entry("quorum.signal.llm.providers[0].output-mode", "JSON_MODE"),
                             Map.entry("quorum.metrics.llm.prices.default.prompt-per-million", "0.27"),
                             Map.entry("quorum.metrics.llm.prices.default.completion-per-million", "1.10")))) {
            llm.otherwise(FakeOpenAiReply.answer("""
                    {"action":"hold","confidence":0.6,"explanation":"no edge (scripted test voter)"}"""));
            SERVICES.forEach(services::start);

            GatewayClient anonymous = new GatewayClient(services.url(QuorumService.GATEWAY), null);
            GatewayClient user = anonymous.as(anonymous.post("/api/users", Map.of("name", "olga", "email", "olga@example.com", "password", "olga end-to-end password"))
                    .body().get("apiToken").asString());
            assertThat(user.put("/api/notifications/settings", Map.of(
                    "slack", Map.of("webhookUrl", slack.baseUrl() + "/services/T000/B000/XXXX", "enabled", true),
                    "telegram", Map.of("botToken", "123456:test-token", "chatId", "4242", "enabled", true))).status())
                    .isEqualTo(200);
            startBot(user, Map.of("name", "BTC range", "kind", "GRID", "symbol", "BTCUSDT", "budget", "2000", "leverage", 2,
                    "grid", Map.of("lower", "103800", "upper", "104800", "gridCount", 10, "spacing", "ARITHMETIC")));
            startBot(user, Map.of("name", "BTC trend", "kind", "AI_TREND", "templateId", "conservative-trend",
                    "symbol", "BTCUSDT", "budget", "2000", "leverage", 3));

            // six hours of recorded BTCUSDT (2025-06-01, 103,863 to 104,699): the grid fills, the AI bot decides each 15m
            services.start(QuorumService.MARKET_DATA, Map.of(
                    "quorum.replay.symbols", "BTCUSDT",
                    "quorum.replay.from", "2025-06-01T00:00:00Z",
                    "quorum.replay.until", "2025-06-01T06:00:00Z",
                    "quorum.replay.speed", "PT0S"));
            List<QuorumService> everyService = new ArrayList<>(SERVICES);
            everyService.add(QuorumService.MARKET_DATA);

            Map<QuorumService, Set<String>> exported = new EnumMap<>(QuorumService.class);
            try {
                await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofSeconds(5)).until(() -> {
                    everyService.forEach(service -> exported.put(service, scrape(services, service)));
                    return missing(queried, exported).isEmpty();
                });
            } catch (ConditionTimeoutException e) {
                // reported below, query by query
            }

            Map<String, Set<String>> unexported = new LinkedHashMap<>();
            for (DashboardQueries.Query query : queries) {
                Set<String> lacking = missing(DashboardQueries.metricNames(query.expr()), exported);
                if (!lacking.isEmpty()) {
                    unexported.put(query.source() + ": " + query.expr(), lacking);
                }
            }
            assertThat(unexported).as("queries reading metrics no service exports").isEmpty();
            // and each service speaks for itself: its outbox, and the lag of its consumers
            for (QuorumService service : everyService) {
                if (service != QuorumService.GATEWAY) {
                    assertThat(exported.get(service)).as(service + "'s metrics").contains("quorum_outbox_backlog");
                }
            }
            for (QuorumService consumer : List.of(QuorumService.ALLOCATION, QuorumService.GRID_ENGINE, QuorumService.EXECUTION,
                    QuorumService.NOTIFIER, QuorumService.SIGNAL, QuorumService.REGISTRY)) {
                assertThat(exported.get(consumer)).as(consumer + "'s metrics")
                        .contains("kafka_consumer_fetch_manager_records_lag_max");
            }
        }
    }

    private static void startBot(GatewayClient user, Map<String, Object> bot) {
        var created = user.post("/api/bots", bot);
        assertThat(created.status()).as("creating %s: %s", bot.get("name"), created.body()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(user.post("/api/bots/" + id + "/start", Map.of()).status()).isEqualTo(200);
    }

    private Set<String> scrape(QuorumServices services, QuorumService service) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(services.url(service) + "/actuator/prometheus")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(service + " /actuator/prometheus").isEqualTo(200);
            return DashboardQueries.exposedNames(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> missing(Set<String> names, Map<QuorumService, Set<String>> exported) {
        Set<String> lacking = new TreeSet<>(names);
        exported.values().forEach(lacking::removeAll);
        return lacking;
    }
}
