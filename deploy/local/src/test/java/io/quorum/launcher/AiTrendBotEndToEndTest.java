package io.quorum.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.event.Topics;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.market.CandleClosed;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.contracts.signals.SignalDecided;
import io.quorum.contracts.signals.TradeAction;
import io.quorum.testkit.EmbeddedInfrastructure;
import io.quorum.testkit.EventProbe;
import io.quorum.testkit.FakeOpenAi;
import io.quorum.testkit.FakeOpenAiReply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * An AI trend bot from the {@code conservative-trend} template through the gateway, on replayed Bybit
 * BTCUSDT 15m candles (from {@code ../shared/data/market/bybit-linear}; skipped when absent): its decisions
 * become intents that pass the allocation and fill on the paper venue.
 *
 * <p>The technical voters need 63 candles of 15m and of 1h before they vote (3 × the slowest EMA), so the
 * first 63 hours of the window are warm-up: the shipped 1m replay would need that many hours of 1m steps,
 * which is why this test replays the 15m recording (its 1h and 4h candles built from it). The template's
 * {@code llm:default} voter is testkit's OpenAI-compatible server over real HTTP, scripted to say "long"
 * every time: a LONG still needs one technical voter to agree (2 of 3), so the trades follow the market.
 */
class AiTrendBotEndToEndTest {

    private static final Instant FROM = Instant.parse("2025-04-03T18:00:00Z");
    private static final Instant UNTIL = Instant.parse("2025-04-09T00:00:00Z");

    @Test
    void anAiBotFromTheConservativeTemplateTradesReplayedCandlesThroughAllocationOntoThePaperVenue() throws Exception {
        Path recording = bybitRecording();
        // a broker and database of its own: market data's replay cursor in the shared database may already
        // stand past April 2025 (an earlier test replayed June), and a replay never goes back
        try (EmbeddedInfrastructure infra = EmbeddedInfrastructure.isolated();
             FakeOpenAi llm = FakeOpenAi.start();
             EventProbe probe = EventProbe.on(infra.kafkaBootstrapServers(), List.of(Topics.SIGNAL_DECISIONS_NAME,
                     Topics.ORDER_INTENTS_NAME, Topics.ORDER_DECISIONS_NAME, Topics.EXECUTIONS_NAME, Topics.CANDLES_NAME));
             QuorumServices services = new QuorumServices(
                     new QuorumServices.Infrastructure(infra.kafkaBootstrapServers(), infra::jdbcUrl, "postgres", "postgres"),
                     "ai-end-to-end-secret", true, Map.of(
                             "quorum.kafka.partitions", 3,
                             "logging.level.root", "WARN",
                             "quorum.signal.llm.providers[0].name", "default",
                             "quorum.signal.llm.providers[0].base-url", llm.baseUrl(),
                             "quorum.signal.llm.providers[0].model", "fake-model",
                             "quorum.signal.llm.providers[0].api-key", "sk-end-to-end",
                             "quorum.signal.llm.providers[0].output-mode", "JSON_MODE"))) {
            llm.otherwise(FakeOpenAiReply.answer("""
                    {"action":"long","confidence":0.7,"explanation":"buying strength (scripted test voter)"}"""));
            for (QuorumService service : List.of(QuorumService.ALLOCATION, QuorumService.REGISTRY, QuorumService.EXECUTION,
                    QuorumService.SIGNAL, QuorumService.GATEWAY)) {
                services.start(service);
            }
            GatewayClient anonymous = new GatewayClient(services.url(QuorumService.GATEWAY), null);
            GatewayClient user = anonymous.as(anonymous.post("/api/users", Map.of("name", "ada", "email", "ada@example.com", "password", "ada end-to-end password"))
                    .body().get("apiToken").asString());
            var created = user.post("/api/bots", Map.of("name", "BTC trend", "kind", "AI_TREND",
                    "templateId", "conservative-trend", "symbol", "BTCUSDT", "budget", "2000", "leverage", 3));
            assertThat(created.status()).isEqualTo(201);
            String botId = created.body().get("id").asString();
            BotId bot = BotId.of(botId);
            assertThat(user.post("/api/bots/" + botId + "/start", Map.of()).status()).isEqualTo(200);
            await().atMost(Duration.ofMinutes(1)).until(() -> user.get("/api/signals?botId=" + botId).status() == 200);

            services.start(QuorumService.MARKET_DATA, Map.of(
                    "quorum.replay.recording", recording.toString(),
                    "quorum.replay.interval", "15m",
                    "quorum.replay.symbols", "BTCUSDT",
                    "quorum.replay.from", FROM.toString(),
                    "quorum.replay.until", UNTIL.toString(),
                    "quorum.replay.speed", "PT0S"));
            Instant lastClose = UNTIL;
            await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofSeconds(2)).until(() -> probe.events(SignalDecided.class)
                    .stream().anyMatch(d -> d.botId().equals(bot) && d.candleClosedAt().equals(lastClose)));
            await().atMost(Duration.ofMinutes(2)).pollDelay(Duration.ofSeconds(5)).until(() -> true);

            List<SignalDecided> decisions = probe.events(SignalDecided.class).stream().filter(d -> d.botId().equals(bot)).toList();
            List<OrderIntentCreated> intents = probe.events(OrderIntentCreated.class).stream()
                    .filter(i -> i.botId().equals(bot)).toList();
            Set<IntentId> approved = probe.events(OrderApproved.class).stream().filter(a -> a.botId().equals(bot))
                    .map(OrderApproved::intentId).collect(Collectors.toSet());
            List<OrderFilled> fills = probe.events(OrderFilled.class).stream().filter(f -> f.botId().equals(bot)).toList();
            System.out.printf("AI trend end to end: %d candles, %d decisions (%s), %d intents, %d approved, %d fills%n",
                    probe.events(CandleClosed.class).stream().filter(c -> c.interval() == Interval.M15).count(), decisions.size(),
                    decisions.stream().collect(Collectors.groupingBy(SignalDecided::action, Collectors.counting())),
                    intents.size(), approved.size(), fills.size());

            assertThat(decisions).as("one decision per 15m candle once the bot runs").hasSizeGreaterThan(400);
            assertThat(decisions).filteredOn(d -> d.action() == TradeAction.LONG || d.action() == TradeAction.SHORT)
                    .isNotEmpty();
            assertThat(intents).isNotEmpty().allSatisfy(intent -> assertThat(intent.order().leverage()).isBetween(1, 3));
            assertThat(intents).extracting(OrderIntentCreated::intentId).containsAll(approved);
            assertThat(approved).as("intents passed the allocation").isNotEmpty();
            // besides the approved orders, only the venue's own reduce-only closes: the entry's stop-loss or take-profit
            assertThat(fills).as("orders filled on the paper venue").isNotEmpty()
                    .allSatisfy(fill -> assertThat(approved.contains(fill.intentId()) || fill.order().reduceOnly()).isTrue());
            assertThat(intents).filteredOn(intent -> !intent.order().reduceOnly())
                    .allSatisfy(entry -> assertThat(entry.order().stopLoss()).as("every entry carries its stop").isNotNull());
            assertThat(user.get("/api/signals?botId=" + botId + "&limit=5").body().get("items").get(0).get("votes").size())
                    .isEqualTo(3);
        }
    }

    private static Path bybitRecording() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve("shared/data/market/bybit-linear");
            if (Files.isRegularFile(candidate.resolve("BTCUSDT_15m.csv"))) {
                return candidate;
            }
        }
        Assumptions.abort("../shared/data/market/bybit-linear/BTCUSDT_15m.csv is not beside the repository: "
                + "the AI trend bot needs 63 hours of candles before its voters vote");
        throw new IllegalStateException("unreachable");
    }
}
