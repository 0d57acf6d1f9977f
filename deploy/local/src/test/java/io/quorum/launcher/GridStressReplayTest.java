package io.quorum.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.bots.BotStopTriggered;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.market.CandleClosed;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.market.TickObserved;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.testkit.EmbeddedInfrastructure;
import io.quorum.testkit.EventProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue-level stress: 100 grid bots (20 users × 5) with varied ranges, spacing, leverage, triggers,
 * stop-losses and take-profits, through the whole pipeline, on nine days of real Binance BTCUSDT 5m
 * candles (3–12 October 2025: from 120,481 to the all-time high of 126,208 on the 6th, then the crash
 * to 101,516 on the 10th).
 * Replayed at full speed without lockstep: orders reach the venue whenever the pipeline gets to them,
 * so fills land later in market time than in a lockstep backtest — a harsher setting for the
 * invariants, which must hold under any interleaving:
 * <ul>
 *   <li>no bot ever has more reserved and in margin than its budget ({@link BudgetLedger});</li>
 *   <li>no bot's balance (budget + realized PnL − fees) ever goes below zero, and no user's balance does;</li>
 *   <li>every stop-loss and take-profit the price crossed fired, at the first tick that crossed it (or the
 *       bot had already been stopped by an earlier liquidation), never one the price did not cross, and
 *       each such bot ends STOPPED with the reason;</li>
 *   <li>the grids still running at the end stop clean: every intent ends in exactly one terminal event,
 *       every budget comes back.</li>
 * </ul>
 * The grid math itself (levels increasing and inside the range, constant geometric ratio, profit per
 * grid equal to a simulated cycle) is proven by the jqwik properties in grid-engine-service.
 * Reads {@code ../shared/data/market/binance-usdm}; skipped when that folder is absent.
 */
class GridStressReplayTest {

    private static final Instant FROM = Instant.parse("2025-10-03T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2025-10-12T00:00:00Z");
    private static final int USERS = 20;
    private static final int BOTS_PER_USER = 5;

    /** A bot as the test created it: what it was given, to judge what it did. */
    record StressBot(BotId id, GatewayClient owner, Money budget, int leverage, Optional<Price> stopLoss,
                     Optional<Price> takeProfit) {
    }

    @Test
    void aHundredGridBotsThroughTheOctoberPeakAndCrashKeepTheirBudgetsAndFireEveryCrossedStop() throws Exception {
        Path recording = binanceRecording();
        try (EmbeddedInfrastructure infra = EmbeddedInfrastructure.isolated();
             EventProbe probe = EventProbe.on(infra.kafkaBootstrapServers(), List.of(Topics.TICKS_NAME, Topics.CANDLES_NAME,
                     Topics.BOT_STOP_TRIGGERS_NAME, Topics.ORDER_INTENTS_NAME, Topics.ORDER_DECISIONS_NAME, Topics.EXECUTIONS_NAME, Topics.POSITIONS_NAME));
             QuorumServices services = new QuorumServices(
                     new QuorumServices.Infrastructure(infra.kafkaBootstrapServers(), infra::jdbcUrl, "postgres", "postgres"),
                     "stress-secret", true, Map.of("quorum.kafka.partitions", 3, "logging.level.root", "WARN"))) {
            for (QuorumService service : List.of(QuorumService.ALLOCATION, QuorumService.GRID_ENGINE, QuorumService.REGISTRY,
                    QuorumService.EXECUTION, QuorumService.GATEWAY)) {
                services.start(service);
            }
            List<StressBot> bots = startBots(new GatewayClient(services.url(QuorumService.GATEWAY), null), new Random(20251010L));

            long replayStart = System.nanoTime();
            services.start(QuorumService.MARKET_DATA, Map.of(
                    "quorum.replay.symbols", "BTCUSDT",
                    "quorum.replay.recording", recording.toString(),
                    "quorum.replay.interval", "5m",
                    "quorum.replay.from", FROM.toString(),
                    "quorum.replay.until", UNTIL.toString(),
                    "quorum.replay.speed", "PT0S"));
            await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofSeconds(2)).until(() -> probe.events(CandleClosed.class)
                    .stream().anyMatch(c -> c.interval() == Interval.H4 && c.openTime().equals(UNTIL.minus(Duration.ofHours(4)))));
            awaitQuiet(probe);
            System.out.printf("stress replay: %d ticks, %d intents, %d fills in %d s%n", probe.events(TickObserved.class).size(),
                    probe.events(OrderIntentCreated.class).size(), probe.events(OrderFilled.class).size(),
                    (System.nanoTime() - replayStart) / 1_000_000_000L);

            assertThat(probe.events(OrderFilled.class)).as("the grids traded").hasSizeGreaterThan(200);
            new BudgetLedger(probe).assertNoBotAboveItsBudget(bots);
            noBalanceWentNegative(probe, bots);
            everyCrossedStopFired(probe, bots);
            stopTheRestAndCheckNothingIsLeft(probe, bots);
        }
    }

    /** 20 users, each with 5 grids that together take at most their 10,000 USDT paper balance. */
    private static List<StressBot> startBots(GatewayClient anonymous, Random random) {
        List<StressBot> bots = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            GatewayClient user = anonymous.as(anonymous.post("/api/users", Map.of("name", "trader " + u,
                    "email", "trader" + u + "@example.com", "password", "stress trader password " + u)).body().get("apiToken").asString());
            for (int b = 0; b < BOTS_PER_USER; b++) {
                StressGrid grid = StressGrid.random(random, u * BOTS_PER_USER + b);
                var created = user.post("/api/bots", grid.request("stress " + u + "/" + b));
                assertThat(created.status()).as("create %s: %s", grid, created.body()).isEqualTo(201);
                String id = created.body().get("id").asString();
                var started = user.post("/api/bots/" + id + "/start", Map.of());
                assertThat(started.status()).as("start %s: %s", grid, started.body()).isEqualTo(200);
                bots.add(new StressBot(BotId.of(id), user, grid.budget(), grid.leverage(), grid.stopLoss(), grid.takeProfit()));
            }
        }
        return bots;
    }

    /** At every position change a bot's budget plus its realized PnL minus its fees stays ≥ 0; so does every user's balance. */
    private static void noBalanceWentNegative(EventProbe probe, List<StressBot> bots) {
        Map<BotId, StressBot> byId = new HashMap<>();
        bots.forEach(bot -> byId.put(bot.id(), bot));
        int checked = 0;
        for (PositionChanged change : probe.events(PositionChanged.class)) {
            StressBot bot = byId.get(change.botId());
            if (bot == null) {
                continue;
            }
            Money left = bot.budget().plus(change.realizedPnl()).minus(change.feesPaid());
            assertThat(left.isNegative()).as("%s after %s: %s left of %s", bot.id(), change, left, bot.budget()).isFalse();
            checked++;
        }
        assertThat(checked).isPositive();
        for (StressBot bot : bots) {
            var balance = bot.owner().get("/api/balance").body();
            assertThat(Money.of(balance.get("balance").asString()).isNegative()).as("balance %s", balance).isFalse();
            assertThat(Money.of(balance.get("free").asString()).isNegative()).as("free %s", balance).isFalse();
        }
    }

    /**
     * For each bot with a stop-loss or take-profit: the first tick that reached either must have fired it,
     * unless a liquidation had already stopped the bot; a fired stop-loss or take-profit was really reached.
     */
    private static void everyCrossedStopFired(EventProbe probe, List<StressBot> bots) {
        List<Envelope<?>> envelopes = probe.envelopes();
        List<Envelope<?>> ticks = envelopes.stream().filter(e -> e.payload() instanceof TickObserved).toList();
        int stopLossesFired = 0;
        int takeProfitsFired = 0;
        for (StressBot bot : bots) {
            Optional<Envelope<?>> firstExit = ticks.stream().filter(e -> reaches(bot, ((TickObserved) e.payload()).price())).findFirst();
            List<Envelope<?>> triggers = envelopes.stream()
                    .filter(e -> e.payload() instanceof BotStopTriggered t && t.botId().equals(bot.id())).toList();
            Optional<Envelope<?>> gridExit = triggers.stream().filter(e -> !reasonOf(e).startsWith("liquidat")).findFirst();
            Optional<Envelope<?>> liquidation = triggers.stream().filter(e -> reasonOf(e).startsWith("liquidat")).findFirst();
            gridExit.ifPresent(exit -> assertThat(reaches(bot, ((BotStopTriggered) exit.payload()).price()))
                    .as("%s fired %s without its price being reached", bot, reasonOf(exit)).isTrue());
            if (firstExit.isEmpty()) {
                assertThat(gridExit).as("%s: no tick reached its stops", bot).isEmpty();
                continue;
            }
            Instant reached = firstExit.get().occurredAt();
            boolean liquidatedBefore = liquidation.filter(l -> !l.occurredAt().isAfter(reached)).isPresent();
            if (!liquidatedBefore) {
                assertThat(gridExit).as("%s: the tick at %s reached %s", bot, reached, firstExit.get().payload()).isPresent();
                assertThat(gridExit.get().occurredAt()).as("%s fired at the first tick that reached it", bot).isEqualTo(reached);
                if (reasonOf(gridExit.get()).startsWith("stop-loss")) {
                    stopLossesFired++;
                } else {
                    takeProfitsFired++;
                }
            }
            await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
                var shown = bot.owner().get("/api/bots/" + bot.id()).body();
                assertThat(shown.get("status").asString()).isEqualTo("STOPPED");
                assertThat(shown.get("statusReason").asString()).isNotBlank();
            });
        }
        System.out.printf("stress replay: %d stop-losses and %d take-profits fired, %d liquidations%n", stopLossesFired,
                takeProfitsFired, probe.events(BotStopTriggered.class).stream().filter(t -> t.reason().startsWith("liquidat")).count());
        assertThat(stopLossesFired).as("the crash crossed stop-losses").isGreaterThanOrEqualTo(10);
        assertThat(takeProfitsFired).as("the peak crossed take-profits").isGreaterThanOrEqualTo(3);
    }

    /** The grids still running at the end are stopped: every order ends, every budget comes back in full. */
    private static void stopTheRestAndCheckNothingIsLeft(EventProbe probe, List<StressBot> bots) {
        for (StressBot bot : bots) {
            if ("RUNNING".equals(bot.owner().get("/api/bots/" + bot.id()).body().get("status").asString())) {
                assertThat(bot.owner().post("/api/bots/" + bot.id() + "/stop", Map.of()).status()).isEqualTo(202);
            }
        }
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2)).until(() -> bots.stream()
                .allMatch(bot -> "STOPPED".equals(bot.owner().get("/api/bots/" + bot.id()).body().get("status").asString())));
        awaitQuiet(probe);
        new BudgetLedger(probe).assertEveryIntentEndedOnce();
        for (StressBot bot : bots) {
            var balance = bot.owner().get("/api/balance").body();
            assertThat(Money.of(balance.get("allocated").asString())).as("allocated %s", balance).isEqualTo(Money.ZERO);
            assertThat(Money.of(balance.get("free").asString())).isEqualTo(Money.of(balance.get("balance").asString()));
        }
    }

    private static boolean reaches(StressBot bot, Price price) {
        return bot.stopLoss().filter(stop -> !price.isAbove(stop)).isPresent()
                || bot.takeProfit().filter(target -> !price.isBelow(target)).isPresent();
    }

    private static String reasonOf(Envelope<?> trigger) {
        return ((BotStopTriggered) trigger.payload()).reason().toLowerCase();
    }

    private static Path binanceRecording() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve("shared/data/market/binance-usdm");
            if (Files.isRegularFile(candidate.resolve("BTCUSDT_5m.csv"))) {
                return candidate;
            }
        }
        Assumptions.abort("../shared/data/market/binance-usdm/BTCUSDT_5m.csv is not beside the repository: "
                + "the October 2025 stress replay needs it");
        throw new IllegalStateException("unreachable");
    }

    private static void awaitQuiet(EventProbe probe) {
        PipelineQuiet.await(probe, Duration.ofMinutes(10), 5);
    }
}
