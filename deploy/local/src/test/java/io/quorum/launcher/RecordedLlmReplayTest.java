package io.quorum.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.event.Topics;
import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.signals.SignalDecided;
import io.quorum.contracts.signals.TradeAction;
import io.quorum.marketdata.replay.ReplayRunner;
import io.quorum.testkit.EventProbe;
import io.quorum.testkit.FakeOpenAi;
import io.quorum.testkit.FakeOpenAiReply;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invariant 7 with LLM voters — the same recorded market and the same recorded answers give the same decisions and
 * fills. Two AI trend bots (two users, the conservative and the aggressive template) on replayed Bybit BTCUSDT 15m
 * candles in lockstep, twice, each run on a broker and a database of its own. In the first run the bots' {@code
 * llm:default} voter is testkit's OpenAI-compatible server, scripted to answer long, short, close and hold in turn
 * (with a lesson for the loss reviews); its calls are then exported from signal-service ({@code GET
 * /internal/llm-calls}). In the second run the provider answers from that file only: its live endpoint is a fake
 * failing every call, which must never be asked. Both runs must give the same decision log (per bot and candle: the
 * outcome, every ballot with its voter, action, confidence and explanation, and the order) and the same fill log
 * (side, quantity, price, fee, liquidity, event time) — bot, user, decision and intent ids aside, as they are new
 * in every run. Skipped without {@code ../shared/data/market/bybit-linear}.
 */
class RecordedLlmReplayTest {

    /**
     * 75 hours: the RSI voter votes once it has 63 candles of 15m (16 h), the EMA cross once it has 63 of 1h (63 h);
     * the oversold and overbought candles of 4 April and the sell-off of 6 April 2025 meet the scripted answers, so
     * both bots open and close positions, losing trades are reviewed and their lessons enter later prompts.
     */
    private static final Instant FROM = Instant.parse("2025-04-03T18:00:00Z");
    private static final Instant UNTIL = Instant.parse("2025-04-06T21:00:00Z");
    private static final String SECRET = "llm-replay-secret";
    /**
     * The scripted model's answer to each decision in turn, given twice in a row: both bots decide on every candle
     * and ask at the same time, so whichever asks first, both get the same answer (until a loss review takes one).
     */
    private static final List<String> ANSWERS = List.of("long", "long", "short", "close", "long", "hold", "long", "short");

    @Test
    void aSecondRunAnsweredFromTheFirstRunsRecordingDecidesAndFillsTheSame(@TempDir Path folder) throws Exception {
        Path candles = ReplayedCandles.bybit15m();
        Path recording = folder.resolve("llm-calls.jsonl");

        TradingLog recorded;
        try (FakeOpenAi llm = FakeOpenAi.start()) {
            for (int i = 0; i < 1_000; i++) {
                FakeOpenAiReply reply = FakeOpenAiReply.answer(answer(ANSWERS.get(i % ANSWERS.size())));
                llm.enqueue(reply, reply);
            }
            recorded = run(candles, llm, null, recording);
            assertThat(llm.requests()).as("the first run asked the scripted model").isNotEmpty();
        }
        TradingLog replayed;
        try (FakeOpenAi unreachable = FakeOpenAi.start()) {
            unreachable.otherwise(FakeOpenAiReply.serverError());
            replayed = run(candles, unreachable, recording, null);
            assertThat(unreachable.requests()).as("a live call while replaying the recording").isEmpty();
        }
        System.out.printf("recorded LLM replay: %d decisions (%d trading), %d fills, %d recorded calls%n",
                recorded.decisions().size(), recorded.decisions().stream().filter(line -> line.contains(" order ")).count(),
                recorded.fills().size(), Files.readAllLines(recording).size());
        recorded.decisions().stream().filter(line -> line.contains(" order ")).forEach(line -> System.out.println("  "
                + line.substring(0, Math.min(line.length(), 160))));
        recorded.fills().forEach(line -> System.out.println("  " + line));
        recorded.journals().forEach(line -> System.out.println("  " + line));

        assertThat(recorded.llmActions()).as("the scripted voter's votes")
                .contains(TradeAction.LONG, TradeAction.SHORT, TradeAction.HOLD);
        assertThat(recorded.decisions()).as("decisions that traded").anyMatch(line -> line.contains(" order "));
        assertThat(recorded.fills()).as("fills on the paper venue").isNotEmpty();
        assertThat(recorded.journals()).as("losing trades reviewed, with a lesson").allMatch(j -> j.contains("LESSON"));
        assertThat(replayed.decisions()).noneMatch(line -> line.contains("not in the recording"));
        assertThat(replayed.decisions()).containsExactlyElementsOf(recorded.decisions());
        assertThat(replayed.fills()).containsExactlyElementsOf(recorded.fills());
        assertThat(replayed.journals()).isEqualTo(recorded.journals());
    }

    private static String answer(String action) {
        return """
                {"action":"%s","confidence":0.7,"explanation":"scripted %s vote","lesson":"a scripted lesson: wait for the 1h trend"}"""
                .formatted(action, action);
    }

    /** One run on a broker and database of its own; exports its LLM calls to {@code exportTo} when given. */
    private static TradingLog run(Path candles, FakeOpenAi llm, Path answerFrom, Path exportTo) throws Exception {
        Map<String, Object> common = new HashMap<>(Map.of(
                "quorum.kafka.partitions", 3,
                "logging.level.root", "WARN",
                "quorum.signal.llm.providers[0].name", "default",
                "quorum.signal.llm.providers[0].base-url", llm.baseUrl(),
                "quorum.signal.llm.providers[0].model", "fake-model",
                "quorum.signal.llm.providers[0].api-key", "sk-replay",
                "quorum.signal.llm.providers[0].output-mode", "JSON_MODE"));
        if (answerFrom != null) {
            common.put("quorum.signal.llm.providers[0].recording", answerFrom.toString());
        }
        try (CrashTestInfrastructure infra = CrashTestInfrastructure.start();
             EventProbe probe = EventProbe.on(infra.kafkaBootstrapServers(), List.of(Topics.SIGNAL_DECISIONS_NAME,
                     Topics.ORDER_INTENTS_NAME, Topics.EXECUTIONS_NAME));
             QuorumServices services = new QuorumServices(infra.forServices(), SECRET, true, common)) {
            for (QuorumService service : List.of(QuorumService.ALLOCATION, QuorumService.REGISTRY, QuorumService.EXECUTION,
                    QuorumService.SIGNAL, QuorumService.GATEWAY)) {
                services.start(service);
            }
            GatewayClient anonymous = new GatewayClient(services.url(QuorumService.GATEWAY), null);
            Map<String, String> names = new LinkedHashMap<>();
            Map<String, GatewayClient> owners = new LinkedHashMap<>();
            startBot(anonymous, "ada", "conservative-trend", 3, names, owners);
            startBot(anonymous, "bob", "aggressive-trend", 5, names, owners);

            services.start(QuorumService.MARKET_DATA, lockstepReplay(candles));
            ReplayRunner replay = services.bean(QuorumService.MARKET_DATA, ReplayRunner.class);
            assertThat(replay.awaitFinished(Duration.ofMinutes(10))).as("the replay reached its end").isTrue();
            // in lockstep the pipeline has settled when the replay ends; the probe only has to read it all
            await().atMost(Duration.ofMinutes(1)).until(() -> probe.events(SignalDecided.class).stream()
                    .filter(d -> d.candleClosedAt().equals(UNTIL)).count() == names.size());
            PipelineQuiet.await(probe, Duration.ofMinutes(1), 3);
            if (exportTo != null) {
                Files.writeString(exportTo, export(services.url(QuorumService.SIGNAL)));
            }
            return TradingLog.of(probe, names::get, journals(owners));
        }
    }

    private static void startBot(GatewayClient anonymous, String user, String template, int leverage,
                                 Map<String, String> names, Map<String, GatewayClient> owners) {
        GatewayClient owner = anonymous.as(anonymous.post("/api/users", Map.of("name", user, "email", user + "@example.com", "password", user + " replay password"))
                .body().get("apiToken").asString());
        var created = owner.post("/api/bots", Map.of("name", user + "'s trend", "kind", "AI_TREND", "templateId", template,
                "symbol", "BTCUSDT", "budget", "2000", "leverage", leverage));
        assertThat(created.status()).isEqualTo(201);
        String botId = created.body().get("id").asString();
        assertThat(owner.post("/api/bots/" + botId + "/start", Map.of()).status()).isEqualTo(200);
        await().atMost(Duration.ofMinutes(1)).until(() -> owner.get("/api/signals?botId=" + botId).status() == 200);
        names.put(botId, user);
        owners.put(botId, owner);
    }

    /**
     * Each bot's closed trades and lessons as its owner sees them, in the order the bots were started; without the
     * bot's id and the trades' row ids (the two bots' trades are numbered in the order their closes committed).
     */
    private static List<String> journals(Map<String, GatewayClient> owners) {
        return owners.entrySet().stream().map(bot -> (bot.getValue().get("/api/journal?botId=" + bot.getKey()).body()
                        + " " + bot.getValue().get("/api/journal/lessons?botId=" + bot.getKey()).body())
                .replace(bot.getKey(), "<bot>").replaceAll("\"id\":\\d+,", "")).toList();
    }

    private static String export(String signalUrl) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(signalUrl + "/internal/llm-calls"))
                    .header(GatewayHeaders.SECRET, SECRET).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }
    }

    /** Lockstep: after every tick and every recorded candle, the deciding and trading consumers have caught up. */
    private static Map<String, Object> lockstepReplay(Path candles) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("quorum.replay.recording", candles.toString());
        properties.put("quorum.replay.interval", "15m");
        properties.put("quorum.replay.symbols", "BTCUSDT");
        properties.put("quorum.replay.from", FROM.toString());
        properties.put("quorum.replay.until", UNTIL.toString());
        properties.put("quorum.replay.speed", "PT0S");
        properties.put("quorum.replay.lockstep.enabled", true);
        properties.put("quorum.replay.lockstep.groups[signal]",
                String.join(",", Topics.CANDLES_NAME, Topics.POSITIONS_NAME, Topics.BOT_LIFECYCLE_NAME));
        properties.put("quorum.replay.lockstep.groups[allocation]",
                String.join(",", Topics.BOT_LIFECYCLE_NAME, Topics.ORDER_INTENTS_NAME, Topics.EXECUTIONS_NAME));
        properties.put("quorum.replay.lockstep.groups[execution]", String.join(",", Topics.TICKS_NAME, Topics.ORDER_DECISIONS_NAME));
        return properties;
    }
}
