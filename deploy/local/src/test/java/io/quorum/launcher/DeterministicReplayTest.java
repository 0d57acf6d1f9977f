package io.quorum.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.market.CandleClosed;
import io.quorum.contracts.market.Interval;
import io.quorum.execution.keys.MasterKey;
import io.quorum.testkit.EventProbe;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Invariant 7 — the same recorded market gives the same decisions and fills — and crash safety:
 * three hours of real BTCUSDT candles replayed in lockstep through the whole pipeline twice, each
 * time on a Kafka broker and a database of its own. The grid engine and the execution service run in
 * child JVMs in both runs; in the second, each is killed with SIGKILL in turn — after a random number
 * of further fills and a random delay, so the kill lands anywhere in the handling of a record (inside
 * a transaction, between the commit and the outbox send, between the send and the offset commit) —
 * and a fresh JVM is started on the same schema and broker. Both runs must end with the same intents,
 * fills, grid levels, realized profit and completed cycles; in each, no intent is created, placed or
 * ended twice, and the open orders are exactly those of the grid's working levels (no level lost or
 * doubled). The seed is printed; {@code -Dquorum.replay.seed=<seed>} repeats the same kills.
 * Child output goes to {@code target/replay-services/<run>-<pid>/}.
 */
class DeterministicReplayTest {

    private static final Instant FROM = Instant.parse("2025-06-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2025-06-01T03:00:00Z");
    private static final int GRID_COUNT = 10;
    private static final String SECRET = "replay-secret";
    /** One kill of each service fits the suite's time; {@code -Dquorum.replay.kills-per-service=4} hunts harder. */
    private static final int KILLS_PER_SERVICE = Integer.getInteger("quorum.replay.kills-per-service", 1);
    /** One master key for every JVM of the execution service in a run, as a deployment has. */
    private static final Map<String, Object> COMMON = Map.of("quorum.kafka.partitions", 3, "logging.level.root", "WARN",
            "quorum.keys.master-key", MasterKey.generateBase64());

    @Test
    void theSameMarketGivesTheSameOrdersLevelsAndProfitEvenWhenServicesAreKilledMidReplay() throws Exception {
        long seed = Long.getLong("quorum.replay.seed", System.nanoTime());
        System.out.printf("replay run: crash seed %d (repeat with -Dquorum.replay.seed=%d)%n", seed, seed);
        ReplayOutcome calm = run("calm", null);
        ReplayOutcome crashing = run("crashing", new Random(seed));

        assertThat(calm.fills()).isNotEmpty();
        assertThat(calm.completedCycles()).isPositive();
        assertThat(crashing.intents()).containsExactlyElementsOf(calm.intents());
        assertThat(crashing.fills()).containsExactlyElementsOf(calm.fills());
        assertThat(crashing.levels()).containsExactlyElementsOf(calm.levels());
        assertThat(crashing.realizedProfit()).isEqualTo(calm.realizedProfit());
        assertThat(crashing.completedCycles()).isEqualTo(calm.completedCycles());
    }

    private ReplayOutcome run(String name, Random crashes) throws Exception {
        Path logs = Path.of("target", "replay-services", name + "-" + ProcessHandle.current().pid());
        try (CrashTestInfrastructure infra = CrashTestInfrastructure.start();
             EventProbe probe = EventProbe.on(infra.kafkaBootstrapServers(), List.of(Topics.ORDER_INTENTS_NAME,
                     Topics.ORDER_DECISIONS_NAME, Topics.EXECUTIONS_NAME, Topics.CANDLES_NAME));
             ServiceProcess grid = ServiceProcess.launch(QuorumService.GRID_ENGINE, childProperties(infra, QuorumService.GRID_ENGINE), logs);
             ServiceProcess execution = ServiceProcess.launch(QuorumService.EXECUTION, childProperties(infra, QuorumService.EXECUTION), logs);
             QuorumServices services = new QuorumServices(infra.forServices(), SECRET, true, COMMON)) {
            services.start(QuorumService.ALLOCATION);
            grid.awaitHealthy();
            services.start(QuorumService.REGISTRY, Map.of("quorum.services.grid-engine-url", grid.url()));
            execution.awaitHealthy();
            services.start(QuorumService.GATEWAY, Map.of("quorum.services.grid-engine-url", grid.url(),
                    "quorum.services.execution-url", execution.url()));
            GatewayClient anonymous = new GatewayClient(services.url(QuorumService.GATEWAY), null);
            GatewayClient grace = anonymous.as(anonymous.post("/api/users", Map.of("name", "grace", "email", "grace@example.com", "password", "grace replay password"))
                    .body().get("apiToken").asString());
            String botId = grace.post("/api/bots", Map.of(
                    "name", "replayed grid", "kind", "GRID", "symbol", "BTCUSDT", "budget", "2000", "leverage", 2,
                    "grid", Map.of("lower", "103800", "upper", "104800", "gridCount", GRID_COUNT, "spacing", "ARITHMETIC")))
                    .body().get("id").asString();
            assertThat(grace.post("/api/bots/" + botId + "/start", Map.of()).status()).isEqualTo(200);
            // the grid engine holds the started bot before the first tick: else one run's grid is armed by the first
            // tick and another's by a later one, and the two runs differ from the start (lockstep holds the replay
            // after each step, not before the first)
            await().atMost(Duration.ofMinutes(1)).ignoreExceptions().until(() ->
                    grace.get("/api/grid-bot/" + botId + "/orders").body().get("levels").size() == GRID_COUNT);

            services.start(QuorumService.MARKET_DATA, lockstepReplay());
            for (int kill = 0; crashes != null && kill < KILLS_PER_SERVICE; kill++) {
                killAndRestart(grid, QuorumService.GRID_ENGINE, probe, crashes);
                killAndRestart(execution, QuorumService.EXECUTION, probe, crashes);
            }
            await().atMost(Duration.ofMinutes(10)).until(() -> probe.events(CandleClosed.class).stream()
                    .anyMatch(c -> c.interval() == Interval.H1 && c.openTime().equals(UNTIL.minus(Duration.ofHours(1)))));
            // the last fills may still be on their way through the pipeline: read once books and levels agree
            AtomicReference<ReplayOutcome> outcome = new AtomicReference<>();
            await().atMost(Duration.ofMinutes(1)).ignoreExceptions()
                    .untilAsserted(() -> outcome.set(ReplayOutcome.of(grace, botId, probe, GRID_COUNT)));
            return outcome.get();
        }
    }

    /**
     * Kills a service with SIGKILL once the pipeline has produced a random number of further fills and
     * a random delay has passed, then starts a fresh JVM in its place.
     */
    private static void killAndRestart(ServiceProcess victim, QuorumService service, EventProbe probe, Random random)
            throws InterruptedException {
        // the calm run has 18 fills: every kill comes before the last of them
        long killAfter = fills(probe) + random.nextInt(Math.max(1, 16 / (2 * KILLS_PER_SERVICE)));
        int delayMillis = random.nextInt(300);
        await().atMost(Duration.ofMinutes(5)).until(() -> fills(probe) >= killAfter);
        Thread.sleep(delayMillis);
        victim.kill();
        long restarting = System.nanoTime();
        System.out.printf("replay run: %s killed %d ms after fill %d (%d fills seen), restarting%n", service, delayMillis,
                killAfter, fills(probe));
        victim.restart();
        victim.awaitHealthy();
        System.out.printf("replay run: %s healthy again %d ms after the kill%n", service, (System.nanoTime() - restarting) / 1_000_000);
    }

    private static long fills(EventProbe probe) {
        return probe.envelopes().stream().filter(e -> e.payload() instanceof OrderFilled).map(Envelope::eventId).distinct().count();
    }

    /** What {@link QuorumServices} would give the service in this JVM. */
    private static Map<String, Object> childProperties(CrashTestInfrastructure infra, QuorumService service) {
        Map<String, Object> properties = new HashMap<>(COMMON);
        properties.put("quorum.gateway.secret", SECRET);
        properties.put("spring.main.banner-mode", "off");
        // the child's log file then says when it was up
        properties.put("spring.main.log-startup-info", true);
        properties.put("spring.kafka.listener.poll-timeout", "1s");
        properties.put("spring.kafka.bootstrap-servers", infra.kafkaBootstrapServers());
        properties.put("spring.datasource.url", infra.jdbcUrl(service.schema()));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "postgres");
        properties.put("spring.cloud.gateway.server.webflux.enabled", false);
        return properties;
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
}
