package io.quorum.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.event.Topics;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.OrderCancelled;
import io.quorum.contracts.executions.OrderPlaced;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.TwapSpec;
import io.quorum.contracts.orders.Side;
import io.quorum.testkit.EventProbe;
import io.quorum.testkit.FakeBybit;
import io.quorum.testkit.FakeBybitAccount;
import io.quorum.testkit.FakeBybitFault;
import io.quorum.testkit.FakeBybitMarket;
import io.quorum.testkit.FakeBybitOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline trading live against the testkit's fake Bybit, configured as a deployment is: market data on
 * Bybit's public stream ({@code quorum.market.source=bybit}, the fake's WebSocket), execution on Bybit
 * ({@code quorum.execution.venue=bybit}, the fake's REST API as {@code quorum.bybit.base-url}), the user's own key stored
 * through {@code PUT /api/keys}. A grid bot trades while the fake misbehaves — a creation that times out after Bybit
 * took it, HTTP 502, 10016, 10006 with its reset header, an execution list answering 502, fills in parts, the public
 * stream cut — and the test plays Bybit's matching engine: every order the fake holds is filled when the price it
 * pushes crosses it. Then: one venue order per orderLinkId, every fill applied once, the allocation's ledger equal to
 * the fake's executions, every intent ended, the bot trading on after the faults, and nothing open after the stop.
 */
class LiveBybitEndToEndTest {

    private static final String SYMBOL = "BTCUSDT";
    private static final BigDecimal START = new BigDecimal("10000");
    private static final BigDecimal STEP = new BigDecimal("0.001");
    private static final String KEY = "e2e-demo-key-0001";
    private static final String SECRET = "e2e-demo-secret-0001";
    private static final String TWAP_KEY = "e2e-demo-key-0002";
    private static final String TWAP_SECRET = "e2e-demo-secret-0002";

    private static CrashTestInfrastructure infrastructure;
    private static FakeBybit bybit;
    private static FakeBybitMarket market;
    private static EventProbe probe;
    private static QuorumServices services;

    private final AtomicReference<BigDecimal> price = new AtomicReference<>(new BigDecimal("60250.0"));
    private final Set<String> splitOnce = new HashSet<>();
    private final AtomicInteger matched = new AtomicInteger();
    private volatile boolean matching = true;

    @BeforeAll
    static void startQuorum() {
        infrastructure = CrashTestInfrastructure.start();
        bybit = FakeBybit.start();
        bybit.addAccount(KEY, SECRET, START);
        bybit.addAccount(TWAP_KEY, TWAP_SECRET, START);
        market = FakeBybitMarket.start();
        probe = EventProbe.on(infrastructure.kafkaBootstrapServers(), List.of(Topics.ORDER_INTENTS_NAME,
                Topics.ORDER_DECISIONS_NAME, Topics.EXECUTIONS_NAME, Topics.ORDER_DECISIONS_NAME + ".dlt",
                Topics.EXECUTIONS_NAME + ".dlt", Topics.ORDER_INTENTS_NAME + ".dlt"));
        services = new QuorumServices(infrastructure.forServices(), "live-end-to-end-secret", true, Map.of(
                "quorum.kafka.partitions", 3,
                "logging.level.root", "WARN"));
        services.start(QuorumService.ALLOCATION);
        services.start(QuorumService.GRID_ENGINE);
        services.start(QuorumService.REGISTRY);
        // what a deployment sets for Bybit demo, with the fake's address in place of api-demo.bybit.com
        services.start(QuorumService.EXECUTION, Map.ofEntries(
                Map.entry("quorum.execution.venue", "bybit"),
                Map.entry("quorum.bybit.environment", "demo"),
                Map.entry("quorum.bybit.base-url", bybit.baseUrl()),
                Map.entry("quorum.bybit.timeout", "PT2S"),
                Map.entry("quorum.bybit.first-backoff", "PT0.05S"),
                Map.entry("quorum.bybit.fill-poll", "PT0.5S"),
                Map.entry("quorum.bybit.reconcile-interval", "PT3S"),
                Map.entry("quorum.bybit.reconcile-retry", "PT0.5S"),
                Map.entry("quorum.bybit.wallet-poll", "PT2S"),
                Map.entry("quorum.bybit.halt-retry", "PT0.3S"),
                Map.entry("quorum.bybit.halt-retry-max", "PT1S")));
        services.start(QuorumService.MARKET_DATA, Map.of(
                "quorum.market.source", "bybit",
                "quorum.replay.enabled", false,
                "quorum.market.bybit.stream-url", market.streamUrl(),
                "quorum.market.bybit.rest-url", market.restUrl(),
                "quorum.market.bybit.symbols", SYMBOL,
                "quorum.market.bybit.initial-backoff", "PT0.2S",
                "quorum.market.bybit.max-backoff", "PT1S"));
        services.start(QuorumService.GATEWAY);
    }

    @AfterAll
    static void stopQuorum() throws Exception {
        if (services != null) {
            services.close();
        }
        if (probe != null) {
            probe.close();
        }
        if (market != null) {
            market.close();
        }
        if (bybit != null) {
            bybit.close();
        }
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    @Test
    void aGridBotTradesOnTheFakeBybitThroughFaultsAndTheLedgerEqualsTheVenue() throws Exception {
        GatewayClient anonymous = new GatewayClient(services.url(QuorumService.GATEWAY), null);
        var signUp = anonymous.post("/api/users", Map.of("name", "lena", "email", "lena@example.com", "password", "lena end-to-end password"));
        assertThat(signUp.status()).isEqualTo(201);
        GatewayClient lena = anonymous.as(signUp.body().get("apiToken").asString());
        var stored = lena.put("/api/keys", Map.of("venue", "DEMO", "apiKey", KEY, "apiSecret", SECRET, "label", "demo"));
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.body().toString()).doesNotContain(KEY).doesNotContain(SECRET);
        // the allocation measures the user by the venue's wallet once execution has read it
        await().atMost(Duration.ofMinutes(2)).until(() -> "venue".equals(lena.get("/api/balance").body().path("equitySource").asString()));

        var created = lena.post("/api/bots", Map.of(
                "name", "live BTC range", "kind", "GRID", "symbol", SYMBOL, "budget", "2000", "leverage", 2,
                "grid", Map.of("lower", "59000", "upper", "61000", "gridCount", 5, "spacing", "ARITHMETIC")));
        assertThat(created.status()).isEqualTo(201);
        String botId = created.body().get("id").asString();
        BotId bot = BotId.of(botId);
        FakeBybitAccount account = bybit.account(KEY);

        // the first creation times out although Bybit took the order: looked up, never placed twice
        bybit.failNext(KEY, "/v5/order/create", 1, FakeBybitFault.slowAnswer(Duration.ofSeconds(3), true));
        assertThat(lena.post("/api/bots/" + botId + "/start", Map.of()).status()).isEqualTo(200);
        await().atMost(Duration.ofMinutes(2)).until(() -> market.isSubscribed("publicTrade." + SYMBOL));

        Thread matcher = Thread.ofPlatform().name("fake-bybit-matcher").start(() -> match(account));
        try {
            // each step pushes a price and waits for what it must lead to, however slowly the pipeline follows
            step("60250.0", () -> open(account, "Buy") >= 3); // the grid's first buys, one through the timeout

            bybit.failNext(KEY, "/v5/order/create", 1, FakeBybitFault.httpStatus(502));
            bybit.failNext(KEY, "/v5/execution/list", 1, FakeBybitFault.httpStatus(502));
            step("59400.0", () -> open(account, "Sell") >= 2); // two buys filled (in parts), their sells placed

            bybit.failNext(KEY, "/v5/order/create", 1, FakeBybitFault.retCode(10016));
            market.dropConnections(); // the public stream is cut: market data reconnects and backfills
            await().atMost(Duration.ofMinutes(2)).until(() -> market.isSubscribed("publicTrade." + SYMBOL));
            step("60600.0", () -> open(account, "Sell") == 0 && open(account, "Buy") >= 3); // sells filled, buys again

            long createsBefore = creates();
            bybit.failNext(KEY, "/v5/order/create", 1, FakeBybitFault.rateLimited(Instant.now().plusMillis(1500)));
            // the rate-limited creation and its retry after the reset have happened
            step("59400.0", () -> open(account, "Sell") >= 2 && creates() >= createsBefore + 2);

            // after the last fault the bot still trades: a full cycle more, then a position held into the stop
            int fillsAfterFaults = fillsOf(bot);
            step("60600.0", () -> fillsOf(bot) > fillsAfterFaults && open(account, "Sell") == 0 && open(account, "Buy") >= 3);
            step("59400.0", () -> open(account, "Sell") >= 2);

            assertThat(lena.post("/api/bots/" + botId + "/stop", Map.of()).status()).isEqualTo(202);
            await().atMost(Duration.ofMinutes(3)).until(() -> "STOPPED".equals(lena.get("/api/bots/" + botId).body()
                    .path("status").asString()));
        } finally {
            matching = false;
            matcher.join();
        }
        // the fill polling has read what the matcher's last round did
        await().atMost(Duration.ofMinutes(2)).until(() -> fillsOf(bot) == account.executions().size());

        stopMeansStop(lena, botId, account);
        oneVenueOrderPerOrderLinkId(bot, account);
        everyFillAppliedOnceAndTheLedgerEqualsTheVenue(bot, account);
        new BudgetLedger(probe).assertEveryIntentEndedOnce();
        assertThat(probe.records(Topics.ORDER_DECISIONS_NAME + ".dlt")).isEmpty();
        assertThat(probe.records(Topics.EXECUTIONS_NAME + ".dlt")).isEmpty();
        assertThat(probe.records(Topics.ORDER_INTENTS_NAME + ".dlt")).isEmpty();
        assertThat(matched.get()).isPositive();
        assertThat(splitOnce).isNotEmpty(); // some fills came in parts
    }

    /**
     * A live TWAP's reservation end to end: a strategy-marked limit TWAP (0.006 in three slices over 30 s) of a running
     * bot is approved by the allocation and sent by execution as slices {@code <parent>-<n>} to the fake Bybit; as each
     * slice fills — whole, then in part — the fills of the parent reach the allocation, which frees the reservation by
     * the filled share; the stop cancels the rest on Bybit and the parent's unfilled rest, and the allocation ends with
     * nothing reserved for it and the bot's budget released. A user and account of their own, so the grid scenario's
     * sums are untouched; the bot is a grid waiting for a trigger the market never reaches, so it places nothing itself.
     */
    @Test
    void aLiveTwapFreesItsReservationAsItsSlicesFillAndTheStopFreesTheRest() throws Exception {
        GatewayClient anonymous = new GatewayClient(services.url(QuorumService.GATEWAY), null);
        var signUp = anonymous.post("/api/users", Map.of("name", "mira", "email", "mira@example.com", "password", "mira end-to-end password"));
        assertThat(signUp.status()).isEqualTo(201);
        UserId user = UserId.of(signUp.body().get("userId").asString());
        GatewayClient mira = anonymous.as(signUp.body().get("apiToken").asString());
        assertThat(mira.put("/api/keys", Map.of("venue", "DEMO", "apiKey", TWAP_KEY, "apiSecret", TWAP_SECRET, "label", "demo"))
                .status()).isEqualTo(200);
        await().atMost(Duration.ofMinutes(2)).until(() -> "venue".equals(mira.get("/api/balance").body().path("equitySource").asString()));
        var created = mira.post("/api/bots", Map.of(
                "name", "twap carrier", "kind", "GRID", "symbol", SYMBOL, "budget", "2000", "leverage", 2,
                "grid", Map.of("lower", "29000", "upper", "31000", "gridCount", 2, "spacing", "ARITHMETIC",
                        "triggerPrice", "30000")));
        assertThat(created.status()).isEqualTo(201);
        String botId = created.body().get("id").asString();
        BotId bot = BotId.of(botId);
        assertThat(mira.post("/api/bots/" + botId + "/start", Map.of()).status()).isEqualTo(200);
        await().atMost(Duration.ofMinutes(2)).until(() -> budgetStatus(bot).equals("RESERVED"));
        FakeBybitAccount account = bybit.account(TWAP_KEY);

        // the bot's strategy asks for a TWAP: a limit buy resting below the market, three slices 10 s apart
        IntentId intent = IntentId.random();
        OrderSpec order = OrderSpec.limit(Symbol.of(SYMBOL), Side.BUY, Price.of("59000.0"), Quantity.of("0.006"), 2, false)
                .asTwap(new TwapSpec(30, 3));
        probe.publish(Envelope.originating(new OrderIntentCreated(intent, user, bot, order, null), Instant.now()));
        OrderApproved approved = await().atMost(Duration.ofMinutes(2)).until(() -> probe.events(OrderApproved.class).stream()
                .filter(a -> a.intentId().equals(intent)).findFirst(), java.util.Optional::isPresent).orElseThrow();
        BigDecimal reserved = approved.reserved().value();
        ClientOrderId parent = approved.clientOrderId();
        assertThat(reservation(intent)).isEqualTo(new Held(reserved, reserved, true));

        Thread closer = Thread.ofPlatform().name("fake-bybit-closer").start(() -> fillMarketOrders(account));
        try {
            // slice 1 fills whole: a third of the reservation is freed
            await().atMost(Duration.ofMinutes(2)).until(() -> account.order(parent.slice(1).value()).isPresent());
            account.fill(parent.slice(1).value(), new BigDecimal("59000.0"));
            await().atMost(Duration.ofMinutes(2)).until(() -> reservation(intent).remaining().compareTo(reserved) < 0);
            assertRemaining(reservation(intent), reserved, "0.004", "0.006");

            // slice 2 (10 s later) fills in part: the reservation follows the parent's filled quantity
            await().atMost(Duration.ofMinutes(2)).until(() -> account.order(parent.slice(2).value()).isPresent());
            account.fill(parent.slice(2).value(), new BigDecimal("0.001"), new BigDecimal("59000.0"));
            await().atMost(Duration.ofMinutes(2)).until(() -> fillsOfParent(parent) == 2);
            await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertRemaining(reservation(intent), reserved, "0.003", "0.006"));

            // the stop: the open slices are cancelled on Bybit, the position closed, the parent's rest cancelled
            assertThat(mira.post("/api/bots/" + botId + "/stop", Map.of()).status()).isEqualTo(202);
            await().atMost(Duration.ofMinutes(3)).until(() -> "STOPPED".equals(mira.get("/api/bots/" + botId).body()
                    .path("status").asString()));
        } finally {
            closer.interrupt();
            closer.join(Duration.ofSeconds(30));
        }

        OrderCancelled cancelled = await().atMost(Duration.ofMinutes(1)).until(() -> probe.events(OrderCancelled.class).stream()
                .filter(c -> c.clientOrderId().equals(parent)).findFirst(), java.util.Optional::isPresent).orElseThrow();
        assertThat(cancelled.unfilled().value()).isEqualByComparingTo("0.003");
        await().atMost(Duration.ofMinutes(1)).until(() -> !reservation(intent).open());
        assertThat(reservation(intent).remaining()).isEqualByComparingTo("0");
        await().atMost(Duration.ofMinutes(1)).until(() -> budgetStatus(bot).equals("RELEASED"));
        assertThat(budgetReserved(bot)).isEqualByComparingTo("0");
        // on the fake: one order per slice sent (slice 3 only if its time came before the stop), nothing open, flat
        List<String> links = account.orders().stream().map(FakeBybitOrder::orderLinkId)
                .filter(link -> link.startsWith(parent.value() + "-")).toList();
        assertThat(links).doesNotHaveDuplicates().contains(parent.slice(1).value(), parent.slice(2).value())
                .isSubsetOf(parent.slice(1).value(), parent.slice(2).value(), parent.slice(3).value());
        assertThat(account.orders()).noneMatch(FakeBybitOrder::isOpen);
        assertThat(account.positionSize(SYMBOL)).isEqualByComparingTo("0");
        assertThat(probe.records(Topics.EXECUTIONS_NAME + ".dlt")).isEmpty();
    }

    private record Held(BigDecimal amount, BigDecimal remaining, boolean open) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Held held && amount.compareTo(held.amount) == 0
                    && remaining.compareTo(held.remaining) == 0 && open == held.open;
        }

        @Override
        public int hashCode() {
            return Boolean.hashCode(open);
        }
    }

    /** What the allocation still holds for the parent: its share of the unfilled quantity, the freed share rounded down. */
    private static void assertRemaining(Held held, BigDecimal reserved, String unfilled, String ordered) {
        BigDecimal share = reserved.multiply(new BigDecimal(unfilled)).divide(new BigDecimal(ordered), 20, RoundingMode.HALF_UP);
        assertThat(held.open()).isTrue();
        assertThat(held.remaining()).isGreaterThanOrEqualTo(share.setScale(6, RoundingMode.DOWN))
                .isLessThanOrEqualTo(share.add(new BigDecimal("0.000001")));
    }

    private static Held reservation(IntentId intent) throws SQLException {
        try (Connection connection = DriverManager.getConnection(infrastructure.jdbcUrl("allocation"), "postgres", "postgres");
             PreparedStatement query = connection.prepareStatement("select amount, remaining, open from reservation where intent_id = ?")) {
            query.setObject(1, intent.value());
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("the reservation of %s", intent).isTrue();
                return new Held(row.getBigDecimal(1), row.getBigDecimal(2), row.getBoolean(3));
            }
        }
    }

    private static String budgetStatus(BotId bot) throws SQLException {
        return budgetColumn(bot, "status");
    }

    private static BigDecimal budgetReserved(BotId bot) throws SQLException {
        return new BigDecimal(budgetColumn(bot, "reserved"));
    }

    private static String budgetColumn(BotId bot, String column) throws SQLException {
        try (Connection connection = DriverManager.getConnection(infrastructure.jdbcUrl("allocation"), "postgres", "postgres");
             PreparedStatement query = connection.prepareStatement("select " + column + "::text from bot_budget where bot_id = ?")) {
            query.setObject(1, bot.value());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : "";
            }
        }
    }

    private static int fillsOfParent(ClientOrderId parent) {
        return (int) probe.events(OrderFilled.class).stream().filter(f -> f.clientOrderId().equals(parent)).count();
    }

    /** Bybit's market: every market order of {@code account} (the stop's closing order) fills at 59000. */
    private static void fillMarketOrders(FakeBybitAccount account) {
        while (!Thread.currentThread().isInterrupted()) {
            for (FakeBybitOrder order : account.orders()) {
                if (order.isOpen() && order.price() == null) {
                    try {
                        account.fill(order.orderLinkId(), new BigDecimal("59000.0"));
                    } catch (IllegalStateException cancelledMeanwhile) {
                        // ended between the listing and the fill
                    }
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Pushes the price as a public trade (again every few seconds, as a market keeps trading) until {@code reached}. */
    private void step(String next, java.util.concurrent.Callable<Boolean> reached) {
        price.set(new BigDecimal(next));
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            market.pushTrade(SYMBOL, next, "0.5", Instant.now());
            return reached.call();
        });
    }

    private static long open(FakeBybitAccount account, String side) {
        return account.orders().stream().filter(o -> o.isOpen() && o.side().equals(side) && o.symbol().equals(SYMBOL)).count();
    }

    /**
     * The fake's matching engine: every 200 ms, each open order the last traded price crosses is filled — a limit at
     * its limit, a market order at the price; every other order first in part, the rest on the next round.
     */
    private void match(FakeBybitAccount account) {
        while (matching) {
            BigDecimal now = price.get();
            for (FakeBybitOrder order : account.orders()) {
                if (!order.isOpen() || !order.symbol().equals(SYMBOL)) {
                    continue;
                }
                boolean crossed = order.price() == null
                        || (order.side().equals("Buy") ? order.price().compareTo(now) >= 0 : order.price().compareTo(now) <= 0);
                if (!crossed) {
                    continue;
                }
                BigDecimal at = order.price() == null ? now : order.price();
                BigDecimal leaves = order.qty().subtract(order.cumExecQty());
                try {
                    if (matched.getAndIncrement() % 2 == 0 && leaves.compareTo(STEP.add(STEP)) >= 0 && splitOnce.add(order.orderLinkId())) {
                        BigDecimal part = leaves.divide(BigDecimal.TWO, 3, RoundingMode.DOWN);
                        account.fill(order.orderLinkId(), part, at);
                    } else {
                        account.fill(order.orderLinkId(), at);
                    }
                } catch (IllegalStateException cancelledMeanwhile) {
                    // Quorum cancelled it between the listing and the fill: nothing to match
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void stopMeansStop(GatewayClient lena, String botId, FakeBybitAccount account) {
        assertThat(account.orders()).noneMatch(FakeBybitOrder::isOpen);
        assertThat(account.positionSize(SYMBOL)).isEqualByComparingTo("0");
        var orders = lena.get("/api/orders?botId=" + botId).body().get("items");
        assertThat(StreamSupport.stream(orders.spliterator(), false))
                .isNotEmpty()
                .noneMatch(order -> "OPEN".equals(order.get("status").asString()) || "SUBMITTING".equals(order.get("status").asString()));
        var positions = lena.get("/api/positions?botId=" + botId).body().get("items");
        assertThat(StreamSupport.stream(positions.spliterator(), false)).allMatch(p -> "FLAT".equals(p.get("side").asString()));
    }

    /** The fake holds one order per orderLinkId, each announced once by Quorum, and nothing Quorum did not place. */
    private static void oneVenueOrderPerOrderLinkId(BotId bot, FakeBybitAccount account) {
        List<String> linkIds = account.orders().stream().map(FakeBybitOrder::orderLinkId).toList();
        assertThat(linkIds).doesNotHaveDuplicates();
        Map<ClientOrderId, Integer> placed = new HashMap<>();
        probe.events(OrderPlaced.class).stream().filter(p -> p.botId().equals(bot))
                .forEach(p -> placed.merge(p.clientOrderId(), 1, Integer::sum));
        assertThat(placed.values()).allMatch(count -> count == 1);
        assertThat(linkIds).containsExactlyInAnyOrderElementsOf(placed.keySet().stream().map(ClientOrderId::value).toList());
        // the faults made Quorum ask again, never create again: more creation calls than orders, one order each
        assertThat(creates()).isGreaterThan(linkIds.size());
    }

    /** Every execution of the fake applied once; the allocation's fees and realized PnL are the executions'. */
    private static void everyFillAppliedOnceAndTheLedgerEqualsTheVenue(BotId bot, FakeBybitAccount account) throws SQLException {
        List<FakeBybitAccount.Execution> executions = account.executions();
        List<OrderFilled> fills = probe.events(OrderFilled.class).stream().filter(f -> f.botId().equals(bot)).toList();
        assertThat(fills).hasSize(executions.size());
        Map<String, BigDecimal> venueQty = new HashMap<>();
        Map<String, BigDecimal> ledgerQty = new HashMap<>();
        executions.forEach(e -> venueQty.merge(e.orderLinkId(), e.qty(), BigDecimal::add));
        fills.forEach(f -> ledgerQty.merge(f.clientOrderId().value(), f.quantity().value(), BigDecimal::add));
        assertThat(ledgerQty.keySet()).isEqualTo(venueQty.keySet());
        venueQty.forEach((link, qty) -> assertThat(ledgerQty.get(link)).as(link).isEqualByComparingTo(qty));

        BigDecimal venueFees = BigDecimal.ZERO;
        BigDecimal sells = BigDecimal.ZERO;
        BigDecimal buys = BigDecimal.ZERO;
        for (FakeBybitAccount.Execution execution : executions) {
            venueFees = venueFees.add(execution.fee());
            BigDecimal notional = execution.qty().multiply(execution.price());
            if (execution.side().equals("Sell")) {
                sells = sells.add(notional);
            } else {
                buys = buys.add(notional);
            }
        }
        assertThat(fills.stream().map(f -> f.fee().value()).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(venueFees);
        assertThat(fills).extracting(f -> f.order().side()).contains(Side.BUY, Side.SELL);
        BigDecimal[] ledger = allocationLedger(bot);
        // flat at the end: every bought quantity sold again, so the realized PnL is what the sells brought in less what
        // the buys cost
        assertThat(ledger[0]).as("allocation realized PnL").isEqualByComparingTo(sells.subtract(buys));
        assertThat(ledger[1]).as("allocation fees").isEqualByComparingTo(venueFees);
        // and the venue's wallet moved by the same (its average entry is kept to 10 decimals: within a millionth)
        assertThat(account.walletUsdt().subtract(START.add(ledger[0]).subtract(ledger[1])).abs())
                .isLessThan(new BigDecimal("0.000001"));
        System.out.printf("live end-to-end: %d orders on the fake, %d executions, realized %s, fees %s%n",
                account.orders().size(), executions.size(), ledger[0].toPlainString(), ledger[1].toPlainString());
    }

    private static BigDecimal[] allocationLedger(BotId bot) throws SQLException {
        try (Connection connection = DriverManager.getConnection(infrastructure.jdbcUrl("allocation"), "postgres", "postgres");
             PreparedStatement query = connection.prepareStatement("select realized_pnl, fees from bot_budget where bot_id = ?")) {
            query.setObject(1, bot.value());
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("the bot's budget row").isTrue();
                return new BigDecimal[] {row.getBigDecimal(1), row.getBigDecimal(2)};
            }
        }
    }

    private static long creates() {
        return bybit.requests("/v5/order/create").stream().filter(r -> KEY.equals(r.apiKey())).count();
    }

    private static int fillsOf(BotId bot) {
        return (int) probe.events(OrderFilled.class).stream().filter(f -> f.botId().equals(bot)).count();
    }
}
