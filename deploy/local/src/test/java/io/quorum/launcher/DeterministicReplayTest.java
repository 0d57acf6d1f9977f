package io.quorum.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.OrderPlaced;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.market.CandleClosed;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.testkit.EmbeddedInfrastructure;
import io.quorum.testkit.EventProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Invariant 7 — the same recorded market gives the same decisions and fills — and crash safety:
 * three hours of real BTCUSDT candles replayed in lockstep through the whole pipeline twice, each
 * time on a Kafka broker and a database of its own. In the second run the grid engine and the
 * execution service are stopped and restarted at random points of the replay. Both runs must end
 * with the same fills, the same grid levels and the same realized profit, and no intent may ever
 * become two venue orders. (A stop here is an orderly shutdown at a random moment, not a killed
 * process: the listener finishes the record in hand and the rest is redelivered after the restart.)
 */
class DeterministicReplayTest {

    private static final Instant FROM = Instant.parse("2025-06-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2025-06-01T03:00:00Z");

    /** What a run leaves behind, without the ids that differ from run to run. */
    record Outcome(List<String> fills, List<String> levels, String realizedProfit, int completedCycles) {
    }

    @Test
    void theSameMarketGivesTheSameFillsLevelsAndProfitEvenWhenServicesCrashAndRestart() throws Exception {
        Outcome calm = run(null);
        Outcome crashing = run(new Random(20250601L));

        assertThat(calm.fills()).isNotEmpty();
        assertThat(calm.completedCycles()).isPositive();
        assertThat(crashing.fills()).containsExactlyElementsOf(calm.fills());
        assertThat(crashing.levels()).containsExactlyElementsOf(calm.levels());
        assertThat(crashing.realizedProfit()).isEqualTo(calm.realizedProfit());
        assertThat(crashing.completedCycles()).isEqualTo(calm.completedCycles());
    }

    private Outcome run(Random crashes) throws Exception {
        try (EmbeddedInfrastructure infra = EmbeddedInfrastructure.isolated();
             EventProbe probe = EventProbe.on(infra.kafkaBootstrapServers(),
                     List.of(Topics.ORDER_INTENTS_NAME, Topics.EXECUTIONS_NAME, Topics.CANDLES_NAME));
             QuorumServices services = new QuorumServices(
                     new QuorumServices.Infrastructure(infra.kafkaBootstrapServers(), infra::jdbcUrl, "postgres", "postgres"),
                     "replay-secret", true, Map.of("quorum.kafka.partitions", 3, "logging.level.root", "WARN"))) {
            for (QuorumService service : List.of(QuorumService.ALLOCATION, QuorumService.GRID_ENGINE, QuorumService.REGISTRY,
                    QuorumService.EXECUTION, QuorumService.GATEWAY)) {
                services.start(service);
            }
            GatewayClient anonymous = new GatewayClient(services.url(QuorumService.GATEWAY), null);
            GatewayClient grace = anonymous.as(anonymous.post("/api/users", Map.of("name", "grace", "email", "grace@example.com"))
                    .body().get("apiToken").asString());
            String botId = grace.post("/api/bots", Map.of(
                    "name", "replayed grid", "kind", "GRID", "symbol", "BTCUSDT", "budget", "2000", "leverage", 2,
                    "grid", Map.of("lower", "103800", "upper", "104800", "gridCount", 10, "spacing", "ARITHMETIC")))
                    .body().get("id").asString();
            assertThat(grace.post("/api/bots/" + botId + "/start", Map.of()).status()).isEqualTo(200);

            services.start(QuorumService.MARKET_DATA, lockstepReplay());
            if (crashes != null) {
                crashAndRestart(services, probe, crashes, QuorumService.GRID_ENGINE);
                crashAndRestart(services, probe, crashes, QuorumService.EXECUTION);
            }
            await().atMost(Duration.ofMinutes(10)).until(() -> probe.events(CandleClosed.class).stream()
                    .anyMatch(c -> c.interval() == Interval.H1 && c.openTime().equals(UNTIL.minus(Duration.ofHours(1)))));

            // the gateway learns the restarted services' new addresses
            services.stop(QuorumService.GATEWAY);
            services.start(QuorumService.GATEWAY);
            GatewayClient reader = new GatewayClient(services.url(QuorumService.GATEWAY), null).as(grace.token());
            return outcome(reader, botId, probe);
        }
    }

    /** Stops a service once the pipeline has produced a random number of further fills, then starts it again. */
    private static void crashAndRestart(QuorumServices services, EventProbe probe, Random random, QuorumService victim) {
        int fillsSoFar = probe.events(OrderFilled.class).size();
        int crashAfter = fillsSoFar + 1 + random.nextInt(4);
        await().atMost(Duration.ofMinutes(5)).until(() -> probe.events(OrderFilled.class).size() >= crashAfter);
        services.stop(victim);
        System.out.printf("replay run: %s stopped after %d fills, restarting%n", victim, probe.events(OrderFilled.class).size());
        services.start(victim);
    }

    private static Map<String, Object> lockstepReplay() {
        String ticks = Topics.TICKS_NAME;
        String lifecycle = Topics.BOT_LIFECYCLE_NAME;
        String intents = Topics.ORDER_INTENTS_NAME;
        String decisions = Topics.ORDER_DECISIONS_NAME;
        String executions = Topics.EXECUTIONS_NAME;
        Map<String, Object> properties = new HashMap<>();
        properties.put("quorum.replay.symbols", "BTCUSDT");
        properties.put("quorum.replay.from", FROM.toString());
        properties.put("quorum.replay.until", UNTIL.toString());
        properties.put("quorum.replay.speed", "PT0S");
        properties.put("quorum.replay.lockstep.enabled", true);
        properties.put("quorum.replay.lockstep.groups[grid-engine]", String.join(",", ticks, lifecycle, decisions, executions));
        properties.put("quorum.replay.lockstep.groups[allocation]", String.join(",", lifecycle, intents, executions));
        properties.put("quorum.replay.lockstep.groups[execution]", String.join(",", ticks, decisions));
        properties.put("quorum.replay.lockstep.groups[bot-registry]", decisions);
        return properties;
    }

    private static Outcome outcome(GatewayClient reader, String botId, EventProbe probe) {
        Map<IntentId, Long> placements = probe.events(OrderPlaced.class).stream()
                .collect(Collectors.groupingBy(OrderPlaced::intentId, Collectors.counting()));
        assertThat(placements.values()).as("venue orders per intent").allMatch(count -> count == 1);
        Map<IntentId, Integer> levelOf = new HashMap<>();
        probe.events(OrderIntentCreated.class).forEach(i -> levelOf.put(i.intentId(), i.gridLevel()));
        List<String> fills = new ArrayList<>();
        for (Envelope<?> envelope : probe.envelopes()) {
            if (envelope.payload() instanceof OrderFilled fill) {
                fills.add(envelope.occurredAt() + " level " + levelOf.get(fill.intentId()) + " " + fill.order().side() + " "
                        + fill.quantity() + " @ " + fill.price() + " fee " + fill.fee() + " " + fill.liquidity());
            }
        }
        var orders = reader.get("/api/grid-bot/" + botId + "/orders").body().get("levels");
        List<String> levels = StreamSupport.stream(orders.spliterator(), false)
                .map(l -> l.get("slot").asInt() + " " + l.get("state").asString() + " " + l.get("buyPrice").asString() + "-"
                        + l.get("sellPrice").asString() + " x " + l.get("quantity").asString())
                .collect(Collectors.toList());
        var stats = reader.get("/api/grid-bot/" + botId + "/stats").body();
        System.out.printf("replay run: %d fills, %d completed cycles, realized profit %s%n", fills.size(),
                stats.get("completedCycles").asInt(), stats.get("realizedProfit").asString());
        return new Outcome(fills, levels, stats.get("realizedProfit").asString(), stats.get("completedCycles").asInt());
    }
}
