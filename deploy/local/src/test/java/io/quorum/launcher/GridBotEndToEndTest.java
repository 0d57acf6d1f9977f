package io.quorum.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.BotStopRequested;
import io.quorum.contracts.bots.BotStopTriggered;
import io.quorum.contracts.bots.BotStopped;
import io.quorum.contracts.bots.GridCycleCompleted;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Event;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.executions.BotHaltStalled;
import io.quorum.contracts.executions.OrderCancelled;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.OrderRejectedByVenue;
import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.CandleClosed;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.market.TickObserved;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.contracts.orders.OrderRejected;
import io.quorum.contracts.orders.Side;
import io.quorum.testkit.EmbeddedInfrastructure;
import io.quorum.notifier.notification.Messages;
import io.quorum.testkit.EventProbe;
import io.quorum.testkit.FakeTelegram;
import io.quorum.testkit.WebhookRecorder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * One grid bot's whole life through the gateway, with every service on one embedded Kafka and
 * PostgreSQL: sign up, create and start a grid bot, replay six hours of real Bybit BTCUSDT candles,
 * stop the bot — then check what the user, the ledger and the notifications say against the events.
 */
class GridBotEndToEndTest {

    private static final BigDecimal BUDGET = new BigDecimal("2000");
    private static final int LEVERAGE = 2;
    private static final String TELEGRAM_TOKEN = "123456:test-token";

    private static WebhookRecorder slack;
    private static WebhookRecorder telegram;
    private static FakeTelegram telegramApi;
    private static EventProbe probe;
    private static QuorumServices services;

    @BeforeAll
    static void startQuorum() {
        EmbeddedInfrastructure infra = EmbeddedInfrastructure.get();
        slack = WebhookRecorder.slack();
        telegram = WebhookRecorder.telegram();
        // the Bot API the notifier long-polls for erin's commands (its deliveries go to the recorder above)
        telegramApi = new FakeTelegram();
        telegramApi.registerBot(TELEGRAM_TOKEN);
        probe = EventProbe.on(infra.kafkaBootstrapServers(), List.of(Topics.BOT_LIFECYCLE_NAME, Topics.ORDER_INTENTS_NAME,
                Topics.ORDER_DECISIONS_NAME, Topics.EXECUTIONS_NAME, Topics.CANDLES_NAME, Topics.POSITIONS_NAME, Topics.GRID_CYCLES_NAME, Topics.BOT_STOP_TRIGGERS_NAME,
                Topics.ORDER_DECISIONS_NAME + ".dlt",
                Topics.EXECUTIONS_NAME + ".dlt", Topics.BOT_LIFECYCLE_NAME + ".dlt", Topics.ORDER_INTENTS_NAME + ".dlt"));
        services = new QuorumServices(
                new QuorumServices.Infrastructure(infra.kafkaBootstrapServers(), infra::jdbcUrl, "postgres", "postgres"),
                "end-to-end-secret", true, Map.of(
                        "quorum.kafka.partitions", 3,
                        "quorum.notifier.telegram.base-url", telegram.baseUrl(),
                        "quorum.notifier.telegram.commands.base-url", telegramApi.baseUrl(),
                        "quorum.notifier.telegram.commands.long-poll", "PT1S",
                        "quorum.notifier.telegram.commands.refresh", "PT0.5S",
                        // the replay puts six hours of trading into a minute or two: no per-minute cap on the messages
                        "quorum.notifier.delivery.max-per-minute", 100000,
                        // the sign-up limit per address lives in the registry's database, which the classes on the
                        // shared infrastructure share: this class's sign-ups must not use up another's (its own test:
                        // AccountSecretsEndToEndTest, on addresses of its own)
                        "quorum.auth.sign-ups.per-hour", 1_000_000, "quorum.auth.sign-ups.burst", 1_000_000,
                        "logging.level.root", "WARN"));
        for (QuorumService service : List.of(QuorumService.ALLOCATION, QuorumService.GRID_ENGINE, QuorumService.REGISTRY,
                QuorumService.EXECUTION, QuorumService.NOTIFIER, QuorumService.SIGNAL, QuorumService.GATEWAY)) {
            services.start(service);
        }
    }

    @AfterAll
    static void stopQuorum() throws Exception {
        services.close();
        probe.close();
        slack.close();
        telegram.close();
        telegramApi.close();
    }

    @Test
    void aGridBotTradesRealCandlesOnPaperAndStopsClean() {
        GatewayClient anonymous = new GatewayClient(services.url(QuorumService.GATEWAY), null);
        var signUp = anonymous.post("/api/users", Map.of("name", "erin", "email", "erin@example.com", "password", "erin end-to-end password"));
        assertThat(signUp.status()).isEqualTo(201);
        GatewayClient erin = anonymous.as(signUp.body().get("apiToken").asString());

        assertThat(erin.put("/api/notifications/settings", Map.of(
                "slack", Map.of("webhookUrl", slack.baseUrl() + "/services/T000/B000/XXXX", "enabled", true),
                "telegram", Map.of("botToken", TELEGRAM_TOKEN, "chatId", "4242", "enabled", true))).status())
                .isEqualTo(200);

        var created = erin.post("/api/bots", Map.of(
                "name", "BTC range", "kind", "GRID", "symbol", "BTCUSDT", "budget", BUDGET.toPlainString(),
                "leverage", LEVERAGE,
                "grid", Map.of("lower", "103800", "upper", "104800", "gridCount", 10, "spacing", "ARITHMETIC")));
        assertThat(created.status()).isEqualTo(201);
        String botId = created.body().get("id").asString();
        BotId bot = BotId.of(botId);
        assertThat(erin.post("/api/bots/" + botId + "/start", Map.of()).status()).isEqualTo(200);

        // a second user's grid with a stop-loss the market will reach (the window's low is 103,863.4)
        GatewayClient ivan = anonymous.as(anonymous.post("/api/users", Map.of("name", "ivan", "email", "ivan@example.com", "password", "ivan end-to-end password"))
                .body().get("apiToken").asString());
        var guarded = ivan.post("/api/bots", Map.of(
                "name", "guarded grid", "kind", "GRID", "symbol", "BTCUSDT", "budget", "2000", "leverage", 2,
                "grid", Map.of("lower", "104000", "upper", "104800", "gridCount", 8, "spacing", "ARITHMETIC",
                        "stopLossPrice", "103950")));
        assertThat(guarded.status()).isEqualTo(201);
        String guardedId = guarded.body().get("id").asString();
        assertThat(ivan.post("/api/bots/" + guardedId + "/start", Map.of()).status()).isEqualTo(200);

        // six hours of recorded BTCUSDT, 2025-06-01 00:00-06:00 UTC: 103,863 to 104,699, starting at 104,566
        services.start(QuorumService.MARKET_DATA, Map.of(
                "quorum.replay.symbols", "BTCUSDT",
                "quorum.replay.from", "2025-06-01T00:00:00Z",
                "quorum.replay.until", "2025-06-01T06:00:00Z",
                "quorum.replay.speed", "PT0S"));
        await().atMost(Duration.ofMinutes(10)).until(() -> probe.events(CandleClosed.class).stream()
                .anyMatch(c -> c.interval() == Interval.H1 && c.openTime().equals(Instant.parse("2025-06-01T05:00:00Z"))));
        awaitQuiet();

        assertThat(erin.post("/api/bots/" + botId + "/stop", Map.of()).status()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(2)).until(() -> "STOPPED".equals(erin.get("/api/bots/" + botId).body().get("status").asString()));
        awaitQuiet();

        List<OrderFilled> fills = eventsOf(bot, OrderFilled.class);
        assertThat(fills).extracting(f -> f.order().side()).contains(Side.BUY, Side.SELL);

        aCrossedStopLossStoppedItsGridClean(ivan, guardedId);
        levelsWentThroughEveryState(erin, botId);
        realizedProfitEqualsTheFills(erin, botId, bot);
        budgetNeverExceeded(bot);
        everyIntentReachedATerminalState(bot);
        nothingIsLeftOpenAndNoIntentFollowsTheStop(erin, botId, bot);
        everyNotificationArrivedExactlyOnce(bot);
        telegramCommandsActAsErin();
    }

    /** erin writes to her Telegram bot; the notifier answers from the real registry and allocation, as her. */
    private static void telegramCommandsActAsErin() {
        telegramApi.userWrites(TELEGRAM_TOKEN, 4242, "/bots");
        telegramApi.userWrites(TELEGRAM_TOKEN, 4242, "/balance");
        telegramApi.userWrites(TELEGRAM_TOKEN, 9999, "/stop BTC range"); // another chat: ignored

        List<String> answers = await().atMost(Duration.ofMinutes(1)).until(() -> telegramApi.sentTo(TELEGRAM_TOKEN, 4242)
                .stream().map(FakeTelegram.Sent::text).toList(), a -> a.size() >= 2);
        assertThat(answers.get(0)).startsWith("Your bots:\n• BTC range (BTCUSDT) STOPPED — ").doesNotContain("guarded grid");
        assertThat(answers.get(1)).startsWith("Balance ").contains(" allocated to bots, ");
        assertThat(telegramApi.sentTo(TELEGRAM_TOKEN, 9999)).isEmpty();
    }

    @Test
    void concurrentStartsThroughTheGatewayNeverAllocateMoreThanTheBalance() throws Exception {
        GatewayClient anonymous = new GatewayClient(services.url(QuorumService.GATEWAY), null);
        var signUp = anonymous.post("/api/users", Map.of("name", "frank", "email", "frank@example.com", "password", "frank end-to-end password"));
        GatewayClient frank = anonymous.as(signUp.body().get("apiToken").asString());
        List<String> bots = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            var created = frank.post("/api/bots", Map.of(
                    "name", "ETH grid " + i, "kind", "GRID", "symbol", "ETHUSDT", "budget", "3000", "leverage", 1,
                    "grid", Map.of("lower", "2400", "upper", "2700", "gridCount", 5, "spacing", "GEOMETRIC")));
            assertThat(created.status()).isEqualTo(201);
            bots.add(created.body().get("id").asString());
        }

        // five starts of 3,000 USDT at once against the 10,000 USDT paper balance
        List<GatewayClient.Response> answers;
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(bots.size())) {
            var go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<GatewayClient.Response>> futures = new ArrayList<>();
            for (String bot : bots) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return frank.post("/api/bots/" + bot + "/start", Map.of());
                }));
            }
            go.countDown();
            answers = new ArrayList<>();
            for (var future : futures) {
                answers.add(future.get());
            }
        }

        assertThat(answers).filteredOn(a -> a.status() == 200).hasSize(3);
        assertThat(answers).filteredOn(a -> a.status() == 409).hasSize(2)
                .allSatisfy(a -> assertThat(a.body().get("title").asString()).containsIgnoringCase("insufficient balance"));
        var balance = frank.get("/api/balance").body();
        assertThat(Money.of(balance.get("allocated").asString())).isEqualTo(Money.of("9000"));
        long running = bots.stream().map(bot -> frank.get("/api/bots/" + bot).body().get("status").asString())
                .filter("RUNNING"::equals).count();
        assertThat(running).isEqualTo(3);
    }

    /**
     * The browser's path to the live feed: sign in, open {@code /ws/notifications?access_token=<jwt>&since=<newest>} on
     * the gateway, start a bot → its {@code BOT_STARTED} arrives on that socket; another user's socket gets only that
     * user's own. A start right after connecting may be made before the gateway has joined the notifier: it then comes
     * in the socket's catch-up, not live, and arrives all the same.
     */
    @Test
    void aSignedInBrowserGetsItsOwnNotificationsLiveThroughTheGateway() throws Exception {
        GatewayClient anonymous = new GatewayClient(services.url(QuorumService.GATEWAY), null);
        LiveTab gina = LiveTab.signIn(anonymous, "gina");
        LiveTab hank = LiveTab.signIn(anonymous, "hank");
        String ginasBot = ethGrid(gina, "gina's ETH grid");
        List<String> hanksBots = List.of(ethGrid(hank, "hank's ETH grid 1"), ethGrid(hank, "hank's ETH grid 2"));
        try (gina; hank) {
            gina.connect(services.url(QuorumService.GATEWAY));
            hank.connect(services.url(QuorumService.GATEWAY));

            assertThat(gina.client().post("/api/bots/" + ginasBot + "/start", Map.of()).status()).isEqualTo(200);
            List<JsonNode> toGina = awaitMessages(gina, 1);
            assertThat(toGina.getFirst().path("kind").asString()).isEqualTo("BOT_STARTED");
            assertThat(toGina.getFirst().path("botId").asString()).isEqualTo(ginasBot);
            assertThat(toGina.getFirst().path("text").asString()).contains("gina's ETH grid");

            // hank's own starts reach hank's socket, and are all that do: gina's came first and never to him
            for (String bot : hanksBots) {
                assertThat(hank.client().post("/api/bots/" + bot + "/start", Map.of()).status()).isEqualTo(200);
            }
            List<JsonNode> toHank = awaitMessages(hank, 2);
            assertThat(toHank).extracting(m -> m.path("botId").asString()).containsExactlyInAnyOrderElementsOf(hanksBots);
            assertThat(gina.messages()).extracting(m -> m.path("botId").asString()).containsExactly(ginasBot);
        }
    }

    private static String ethGrid(LiveTab tab, String name) {
        return tab.client().post("/api/bots", Map.of(
                "name", name, "kind", "GRID", "symbol", "ETHUSDT", "budget", "3000", "leverage", 1,
                "grid", Map.of("lower", "2400", "upper", "2700", "gridCount", 5, "spacing", "GEOMETRIC")))
                .body().get("id").asString();
    }

    private static List<JsonNode> awaitMessages(LiveTab tab, int count) {
        try {
            return await().atMost(Duration.ofSeconds(60)).until(tab::messages, m -> m.size() >= count);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("the socket got " + tab.messages() + " of " + count + " messages; it ended: "
                    + tab.ended() + "; the history: " + tab.client().get("/api/notifications").body(), e);
        }
    }

    /** The stop-loss fired through the whole stop flow: orders cancelled, position closed, budget back, STOPPED with the reason. */
    private static void aCrossedStopLossStoppedItsGridClean(GatewayClient ivan, String botId) {
        try {
            await().atMost(Duration.ofMinutes(2)).until(() -> "STOPPED".equals(ivan.get("/api/bots/" + botId).body().get("status").asString()));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("the guarded grid did not stop: bot " + ivan.get("/api/bots/" + botId).body()
                    + ", grid " + ivan.get("/api/grid-bot/" + botId + "/orders").body()
                    + ", balance " + ivan.get("/api/balance").body()
                    + ", events " + probe.envelopes().stream().map(Envelope::payload)
                        .filter(ev -> ev.toString().contains(botId)).map(ev -> ev.getClass().getSimpleName()).toList()
                    + ", dead letters " + List.of(Topics.ORDER_DECISIONS_NAME, Topics.EXECUTIONS_NAME, Topics.BOT_LIFECYCLE_NAME,
                        Topics.ORDER_INTENTS_NAME).stream().map(t -> t + "=" + probe.records(t + ".dlt").size()).toList(), e);
        }
        var bot = ivan.get("/api/bots/" + botId).body();
        assertThat(bot.get("statusReason").asString()).startsWith("stop-loss 103950 reached at");
        var orders = ivan.get("/api/orders?botId=" + botId).body().get("items");
        assertThat(StreamSupport.stream(orders.spliterator(), false))
                .isNotEmpty()
                .noneMatch(order -> "OPEN".equals(order.get("status").asString()));
        var positions = ivan.get("/api/positions?botId=" + botId).body().get("items");
        assertThat(StreamSupport.stream(positions.spliterator(), false))
                .allMatch(position -> "FLAT".equals(position.get("side").asString()));
        var balance = ivan.get("/api/balance").body();
        assertThat(Money.of(balance.get("allocated").asString())).isEqualTo(Money.ZERO);
        assertThat(Money.of(balance.get("free").asString())).isEqualTo(Money.of(balance.get("balance").asString()));
        assertThat(Money.of(balance.get("balance").asString())).isLessThan(Money.of("10000")); // it bought high and sold low
    }

    private static void levelsWentThroughEveryState(GatewayClient erin, String botId) {
        var history = erin.get("/api/grid-bot/" + botId + "/history?limit=500");
        assertThat(history.status()).isEqualTo(200);
        Set<String> states = new HashSet<>();
        history.body().get("items").forEach(transition -> states.add(stateOf(transition)));
        assertThat(states).contains("BUY_PLACED", "BUY_FILLED", "SELL_PLACED", "SELL_FILLED");
        var orders = erin.get("/api/grid-bot/" + botId + "/orders");
        assertThat(orders.status()).isEqualTo(200);
        assertThat(orders.body().get("levels")).hasSize(10);
    }

    private static String stateOf(JsonNode transition) {
        for (String field : List.of("to", "state", "toState")) {
            if (transition.hasNonNull(field)) {
                return transition.get(field).asString();
            }
        }
        throw new AssertionError("a level transition without its state: " + transition);
    }

    /** Σ (sell − buy) × qty − fees over completed cycles, paired per grid level from the fill events alone. */
    private static void realizedProfitEqualsTheFills(GatewayClient erin, String botId, BotId bot) {
        Map<IntentId, Integer> levelOf = new HashMap<>();
        eventsOf(bot, OrderIntentCreated.class).forEach(i -> levelOf.put(i.intentId(), i.gridLevel()));
        Map<Integer, OrderFilled> openBuy = new HashMap<>();
        Money expected = Money.ZERO;
        int cycles = 0;
        for (OrderFilled fill : eventsOf(bot, OrderFilled.class)) {
            Integer level = levelOf.get(fill.intentId());
            if (level == null) {
                continue; // the stop's closing order belongs to no level
            }
            if (fill.order().side() == Side.BUY) {
                openBuy.put(level, fill);
            } else {
                OrderFilled buy = openBuy.remove(level);
                assertThat(buy).as("a sell at level %s follows a buy there", level).isNotNull();
                expected = expected.plus(fill.notional()).minus(buy.notional()).minus(buy.fee()).minus(fill.fee());
                cycles++;
            }
        }
        assertThat(cycles).isPositive();
        var stats = erin.get("/api/grid-bot/" + botId + "/stats").body();
        System.out.printf("end-to-end: %d intents, %d fills, %d completed cycles, realized profit %s USDT (reported %s)%n",
                levelOf.size(), eventsOf(bot, OrderFilled.class).size(), cycles, expected, stats.get("realizedProfit").asString());
        assertThat(Money.of(stats.get("realizedProfit").asString())).isEqualTo(expected);
        assertThat(stats.get("completedCycles").asInt()).isEqualTo(cycles);
    }

    /** Replays the decisions and fills: reserved plus margin in use never exceeds the bot's budget. */
    private static void budgetNeverExceeded(BotId bot) {
        Map<IntentId, Money> reserved = new HashMap<>();
        Map<Integer, Money> marginByLevel = new HashMap<>();
        Map<IntentId, Integer> levelOf = new HashMap<>();
        eventsOf(bot, OrderIntentCreated.class).forEach(i -> levelOf.put(i.intentId(), i.gridLevel()));
        Money budget = Money.of(BUDGET);
        for (Envelope<?> envelope : probe.envelopes()) {
            Event event = envelope.payload();
            switch (event) {
                case OrderApproved a when a.botId().equals(bot) -> reserved.put(a.intentId(), a.reserved());
                case OrderFilled f when f.botId().equals(bot) -> {
                    reserved.remove(f.intentId());
                    Integer level = levelOf.get(f.intentId());
                    if (level != null && f.order().side() == Side.BUY) {
                        marginByLevel.put(level, f.notional().dividedBy(BigDecimal.valueOf(LEVERAGE)));
                    } else if (level != null) {
                        marginByLevel.remove(level);
                    }
                }
                case OrderCancelled c when c.botId().equals(bot) -> reserved.remove(c.intentId());
                case OrderRejectedByVenue r when r.botId().equals(bot) -> reserved.remove(r.intentId());
                default -> {
                    continue;
                }
            }
            Money committed = sum(reserved.values()).plus(sum(marginByLevel.values()));
            assertThat(committed).as("reserved + margin after %s", event).isLessThanOrEqualTo(budget);
        }
    }

    private static void everyIntentReachedATerminalState(BotId bot) {
        Map<IntentId, Integer> terminals = new HashMap<>();
        eventsOf(bot, OrderRejected.class).forEach(e -> terminals.merge(e.intentId(), 1, Integer::sum));
        eventsOf(bot, OrderFilled.class).stream().filter(OrderFilled::completesOrder)
                .forEach(e -> terminals.merge(e.intentId(), 1, Integer::sum));
        eventsOf(bot, OrderCancelled.class).forEach(e -> terminals.merge(e.intentId(), 1, Integer::sum));
        eventsOf(bot, OrderRejectedByVenue.class).forEach(e -> terminals.merge(e.intentId(), 1, Integer::sum));
        List<OrderIntentCreated> intents = eventsOf(bot, OrderIntentCreated.class);
        assertThat(intents).isNotEmpty();
        assertThat(intents).allSatisfy(intent ->
                assertThat(terminals.get(intent.intentId())).as("terminal events of %s among %s; dead letters %s", intent.intentId(),
                        probe.envelopes().stream().filter(e -> e.payload().toString().contains(intent.intentId().toString()))
                                .map(e -> e.occurredAt() + " " + e.payload().getClass().getSimpleName()).toList(),
                        List.of(Topics.ORDER_DECISIONS_NAME, Topics.EXECUTIONS_NAME, Topics.BOT_LIFECYCLE_NAME, Topics.ORDER_INTENTS_NAME)
                                .stream().map(t -> t + "=" + probe.records(t + ".dlt").size()).toList())
                        .isEqualTo(1));
    }

    private static void nothingIsLeftOpenAndNoIntentFollowsTheStop(GatewayClient erin, String botId, BotId bot) {
        var orders = erin.get("/api/orders?botId=" + botId);
        assertThat(orders.status()).isEqualTo(200);
        assertThat(StreamSupport.stream(orders.body().get("items").spliterator(), false))
                .noneMatch(order -> "OPEN".equals(order.get("status").asString()));

        Instant stopTime = probe.envelopes().stream().filter(e -> e.payload() instanceof BotStopRequested s && s.botId().equals(bot))
                .map(Envelope::occurredAt).findFirst().orElseThrow();
        int intentsAtStop = eventsOf(bot, OrderIntentCreated.class).size();
        // the market keeps moving through every level of the stopped grid
        Instant later = Instant.parse("2025-06-01T07:00:00Z");
        for (String price : List.of("104700", "103700", "104900", "103500")) {
            later = later.plusSeconds(20);
            probe.publish(Envelope.originating(new TickObserved(Symbol.of("BTCUSDT"), Price.of(price)), later));
        }
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(30))
                .until(() -> eventsOf(bot, OrderIntentCreated.class).size() == intentsAtStop);
        assertThat(stopTime).isNotNull();
    }

    private static void everyNotificationArrivedExactlyOnce(BotId bot) {
        // started, stopped, every fill and rejection, every position change, every completed grid cycle, ...: each
        // event about the bot that the notifier tells users about, counted once
        int expected = (int) probe.envelopes().stream().filter(e -> toldAbout(bot, e.payload()))
                .map(Envelope::eventId).distinct().count();
        assertThat(expected).isGreaterThan(2 + eventsOf(bot, OrderFilled.class).size());
        await().atMost(Duration.ofMinutes(2)).until(() -> slack.accepted().size() >= expected && telegram.accepted().size() >= expected);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30))
                .until(() -> slack.accepted().size() == expected && telegram.accepted().size() == expected);
        assertThat(slack.accepted()).allSatisfy(r -> assertThat(r.path()).isEqualTo("/services/T000/B000/XXXX"));
        assertThat(telegram.accepted()).allSatisfy(r -> assertThat(r.path()).isEqualTo("/bot" + TELEGRAM_TOKEN + "/sendMessage"));
    }

    /** Waits until the pipeline has drained: no new event for a few seconds. */
    private static void awaitQuiet() {
        PipelineQuiet.await(probe, Duration.ofMinutes(5), 4);
    }

    private static <E extends Event> List<E> eventsOf(BotId bot, Class<E> type) {
        List<E> matching = new ArrayList<>();
        for (E event : probe.events(type)) {
            if (botOf(event).equals(bot)) {
                matching.add(event);
            }
        }
        return matching;
    }

    private static boolean toldAbout(BotId bot, Event event) {
        BotId about = switch (event) {
            case BotStarted e -> e.botId();
            case BotStopped e -> e.botId();
            case OrderFilled e -> e.botId();
            case OrderRejected e -> e.botId();
            case OrderRejectedByVenue e -> e.botId();
            case PositionChanged e -> e.botId();
            case GridCycleCompleted e -> e.botId();
            case BotStopTriggered e -> e.botId();
            case BotHaltStalled e -> e.botId();
            default -> null;
        };
        return bot.equals(about) && Messages.isNotifiable(event);
    }

    private static BotId botOf(Event event) {
        return switch (event) {
            case OrderIntentCreated e -> e.botId();
            case OrderApproved e -> e.botId();
            case OrderRejected e -> e.botId();
            case OrderFilled e -> e.botId();
            case OrderCancelled e -> e.botId();
            case OrderRejectedByVenue e -> e.botId();
            default -> throw new IllegalArgumentException("no bot on " + event);
        };
    }

    private static Money sum(Iterable<Money> amounts) {
        Money total = Money.ZERO;
        for (Money amount : amounts) {
            total = total.plus(amount);
        }
        return total;
    }
}
