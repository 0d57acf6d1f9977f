package io.quorum.grid.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.BotStopRequested;
import io.quorum.contracts.bots.GridCycleCompleted;
import io.quorum.contracts.bots.GridSpacing;
import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.market.TickObserved;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.contracts.orders.OrderRejected;
import io.quorum.contracts.orders.Side;
import io.quorum.grid.GridServiceTest;
import io.quorum.testkit.EventProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class GridFlowTest extends GridServiceTest {

    private static final Symbol BTC = Symbol.of("BTCUSDT");
    // levels 60000, 61000, 62000, 63000, 64000; 0.008 BTC per slot (0.007 for the top one)
    private static final GridSpec GRID = new GridSpec(Price.of("60000"), Price.of("64000"), 4, GridSpacing.ARITHMETIC);

    private final UserId user = UserId.random();
    private final BotId bot = BotId.random();
    // event time starts at the wall clock and steps by a millisecond: ahead of every tick an earlier test
    // published (tests last far longer than their ticks), so none of ours is taken as stale
    private Instant clock = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private EventProbe probe;
    @Autowired
    private GridIndexing gridIndexing;
    @Autowired
    private Grids grids;
    @Autowired
    private MeterRegistry meters;

    @BeforeEach
    void openProbe() {
        probe = EventProbe.on(Topics.ORDER_INTENTS_NAME, Topics.GRID_CYCLES_NAME);
    }

    @AfterEach
    void closeProbe() throws InterruptedException {
        probe.close();
    }

    @Test
    void buysBelowThePriceSellsOneLevelUpOnTheFillAndReArmsTheBuyWithTheProfitBooked() throws Exception {
        double buyIntentsBefore = counted("quorum.order.intents", "side", "buy");
        double sellIntentsBefore = counted("quorum.order.intents", "side", "sell");
        double buyFillsBefore = counted("quorum.grid.fills", "side", "buy");
        double sellFillsBefore = counted("quorum.grid.fills", "side", "sell");
        double cyclesBefore = meters.get("quorum.grid.cycles").counter().count();
        start(bot);
        var tick = tick("62500");

        List<Envelope<OrderIntentCreated>> buys = awaitIntents(bot, 3);
        assertThat(buys).extracting(e -> e.payload().gridLevel()).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(buys).allSatisfy(e -> {
            assertThat(e.causationId()).isEqualTo(tick.eventId());
            assertThat(e.occurredAt()).isEqualTo(tick.occurredAt());
            assertThat(e.payload().order().side()).isEqualTo(Side.BUY);
            assertThat(e.payload().order().reduceOnly()).isFalse();
            assertThat(e.payload().order().leverage()).isEqualTo(2);
            assertThat(e.payload().intentId()).isEqualTo(intentId(e.payload().gridLevel(), Side.BUY, 0));
        });
        OrderIntentCreated buy0 = intentFor(buys, 0);
        assertThat(buy0.order().limitPrice()).isEqualTo(Price.of("60000"));
        assertThat(buy0.order().quantity()).isEqualTo(Quantity.of("0.008"));

        var buyFill = fill(buy0, "60000", "0.096");
        List<Envelope<OrderIntentCreated>> afterBuy = awaitIntents(bot, 4);
        OrderIntentCreated sell0 = afterBuy.getLast().payload();
        assertThat(sell0.intentId()).isEqualTo(intentId(0, Side.SELL, 0));
        assertThat(sell0.order().side()).isEqualTo(Side.SELL);
        assertThat(sell0.order().limitPrice()).isEqualTo(Price.of("61000"));
        assertThat(sell0.order().quantity()).isEqualTo(Quantity.of("0.008"));
        assertThat(sell0.order().reduceOnly()).isTrue();
        assertThat(afterBuy.getLast().causationId()).isEqualTo(buyFill.eventId());

        probe.publish(buyFill); // redelivered: must not count twice
        var sellFill = fill(sell0, "61000", "0.0976");
        OrderIntentCreated rearmed = awaitIntents(bot, 5).getLast().payload();
        assertThat(rearmed.intentId()).isEqualTo(intentId(0, Side.BUY, 1));
        assertThat(rearmed.order().limitPrice()).isEqualTo(Price.of("60000"));
        // the meters: three buys, the sell and the re-armed buy created; one buy fill (its redelivery not counted again),
        // one sell fill, one cycle (other grids on BTCUSDT may place on this test's ticks too, hence at least)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(counted("quorum.order.intents", "side", "buy") - buyIntentsBefore).isGreaterThanOrEqualTo(4);
            assertThat(counted("quorum.order.intents", "side", "sell") - sellIntentsBefore).isGreaterThanOrEqualTo(1);
            assertThat(meters.get("quorum.grid.cycles").counter().count() - cyclesBefore).isEqualTo(1);
        });
        assertThat(counted("quorum.grid.fills", "side", "buy") - buyFillsBefore).isEqualTo(1);
        assertThat(counted("quorum.grid.fills", "side", "sell") - sellFillsBefore).isEqualTo(1);
        assertThat(meters.get("quorum.grid.live").gauge().value()).isGreaterThanOrEqualTo(1);

        // the completed cycle is announced once, caused by the sell fill and at its event time
        probe.publish(sellFill); // redelivered: no second announcement
        var cycle = await().atMost(Duration.ofSeconds(60)).until(() -> probe.envelopes().stream()
                .filter(e -> e.payload() instanceof GridCycleCompleted c && c.botId().equals(bot)).toList(),
                cycles -> !cycles.isEmpty()).getFirst();
        assertThat(cycle.causationId()).isEqualTo(sellFill.eventId());
        assertThat(cycle.occurredAt()).isEqualTo(sellFill.occurredAt());
        assertThat(cycle.payload()).isEqualTo(new GridCycleCompleted(bot, user, BTC, 0, Price.of("60000"),
                Price.of("61000"), Quantity.of("0.008"), Money.of("7.8064"), 1));

        String stats = "/api/grid-bot/" + bot + "/stats";
        assertThat((String) read(user, stats, "$.realizedProfit")).isEqualTo("7.8064");
        assertThat((Integer) read(user, stats, "$.buyFills")).isEqualTo(1);
        assertThat((Integer) read(user, stats, "$.sellFills")).isEqualTo(1);
        assertThat((Integer) read(user, stats, "$.completedCycles")).isEqualTo(1);
        assertThat((String) read(user, stats, "$.feesPaid")).isEqualTo("0.1936");
        String orders = "/api/grid-bot/" + bot + "/orders";
        assertThat((String) read(user, orders, "$.status")).isEqualTo("ACTIVE");
        assertThat((List<String>) read(user, orders, "$.levels[*].state"))
                .containsExactly("BUY_PLACED", "BUY_PLACED", "BUY_PLACED", "PENDING");
        assertThat((String) read(user, orders, "$.levels[0].clientOrderId"))
                .isEqualTo(ClientOrderId.forIntent(bot, rearmed.intentId()).value());
        // newest first
        assertThat((List<String>) read(user, "/api/grid-bot/" + bot + "/history?limit=500", "$.items[?(@.slot == 0)].to"))
                .containsExactly("BUY_PLACED", "SELL_FILLED", "SELL_PLACED", "BUY_FILLED", "BUY_PLACED", "PENDING");
        assertThat((Object) read(user, "/api/grid-bot/" + bot + "/history?limit=500", "$.next")).isNull();
        assertThat(probe.events(GridCycleCompleted.class)).filteredOn(c -> c.botId().equals(bot)).hasSize(1);
    }

    /**
     * The engine re-indexes only the slots each transaction changed (and a grid whole when it arms): after a fill,
     * a rejected buy and a crossing that places it again, its index holds exactly what one rebuilt from the
     * database holds.
     */
    @Test
    void theIndexKeptSlotBySlotHoldsWhatOneRebuiltFromTheDatabaseHolds() throws Exception {
        start(bot);
        tick("62500"); // arms: buys on slots 0–2, slot 3 waits at 64000
        List<Envelope<OrderIntentCreated>> buys = awaitIntents(bot, 3);
        fill(intentFor(buys, 0), "60000", "0.096"); // slot 0 sells: still not waiting
        OrderIntentCreated buy1 = intentFor(buys, 1);
        probe.publish(Envelope.originating(new OrderRejected(buy1.intentId(), user, bot, buy1.order(), "BudgetPolicy",
                "not enough budget"), clock)); // slot 1 waits again at 62000
        String orders = "/api/grid-bot/" + bot + "/orders";
        await().atMost(Duration.ofSeconds(60)).until(() -> "PENDING".equals(read(user, orders, "$.levels[1].state")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(gridIndexing.describe()).anyMatch(line -> line.contains(bot + " crossing") && line.endsWith("slots 1"));
            assertThat(gridIndexing.describe()).isEqualTo(GridIndexing.describeRebuilt(grids));
        });

        tick("61500");
        tick("62100"); // crosses 62000 upward: slot 1 buys again and stops waiting
        awaitIntents(bot, 5);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(gridIndexing.describe()).noneMatch(line -> line.contains(bot + " crossing") && line.endsWith("slots 1"));
            assertThat(gridIndexing.describe()).anyMatch(line -> line.contains(bot + " crossing") && line.endsWith("slots 3"));
            assertThat(gridIndexing.describe()).isEqualTo(GridIndexing.describeRebuilt(grids));
        });
    }

    @Test
    void aStoppedGridEmitsNoIntentsEvenAsTicksCrossItsLevelsWhileARunningOneDoes() throws Exception {
        BotId running = BotId.random();
        start(bot);
        start(running);
        tick("62500");
        List<Envelope<OrderIntentCreated>> buys = awaitIntents(bot, 3);
        awaitIntents(running, 3);

        probe.publish(Envelope.originating(new BotStopRequested(bot, user, "user asked"), clock));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> "STOPPED".equals(read(user, "/api/grid-bot/" + bot + "/orders", "$.status")));
        tick("63900");
        tick("64100");
        fill(intentFor(buys, 0), "60000", "0.096");
        fill(intentFor(awaitIntents(running, 4), 3), "63000", "0.1"); // orders after the stopped bot's fill

        awaitIntents(running, 5);
        assertThat(intentsOf(bot)).hasSize(3);
        assertThat((Integer) read(user, "/api/grid-bot/" + bot + "/stats", "$.buyFills")).isEqualTo(1);
    }

    @Test
    void aRejectedBuyReturnsItsSlotToPendingWithoutItsIntent() throws Exception {
        start(bot);
        tick("61500");
        OrderIntentCreated buy = awaitIntents(bot, 2).getFirst().payload();

        probe.publish(Envelope.originating(new OrderRejected(buy.intentId(), user, bot, buy.order(), "BudgetPolicy",
                "not enough budget"), clock));

        String level = "/api/grid-bot/" + bot + "/orders";
        String path = "$.levels[" + buy.gridLevel() + "]";
        await().atMost(Duration.ofSeconds(60)).until(() -> "PENDING".equals(read(user, level, path + ".state")));
        assertThat((Object) read(user, level, path + ".intentId")).isNull();
    }

    @Test
    void aTickOlderThanTheLatestOfItsSymbolIsIgnored() throws Exception {
        start(bot);
        tick("59000"); // arms the grid: no level below the price, so no buy
        var stale = Envelope.originating(new TickObserved(BTC, Price.of("61500")), clock.minus(Duration.ofDays(1)));
        probe.publish(stale);
        var current = tick("62500");

        // crossing 61000 and 62000 from 59000: both buys come from the current tick, none from the stale one
        List<Envelope<OrderIntentCreated>> intents = awaitIntents(bot, 2);
        assertThat(intents).extracting(e -> e.payload().gridLevel()).containsExactlyInAnyOrder(0, 1);
        assertThat(intents).allSatisfy(e -> assertThat(e.causationId()).isEqualTo(current.eventId()));
    }

    @Test
    void aRestartedGridPlacesAgainUnderIntentIdsItNeverUsedBefore() throws Exception {
        start(bot);
        tick("62500");
        List<Envelope<OrderIntentCreated>> firstRun = awaitIntents(bot, 3);
        probe.publish(Envelope.originating(new BotStopRequested(bot, user, "user asked"), clock));
        String orders = "/api/grid-bot/" + bot + "/orders";
        await().atMost(Duration.ofSeconds(60)).until(() -> "STOPPED".equals(read(user, orders, "$.status")));

        publishStart(bot, Money.of("1000"));
        await().atMost(Duration.ofSeconds(60)).until(() -> "ACTIVE".equals(read(user, orders, "$.status")));
        tick("62600");

        List<Envelope<OrderIntentCreated>> secondRun = awaitIntents(bot, 6).subList(3, 6);
        assertThat(secondRun).extracting(e -> e.payload().intentId())
                .doesNotContainAnyElementsOf(firstRun.stream().map(e -> e.payload().intentId()).toList())
                .contains(intentId(0, Side.BUY, 1));
    }

    @Test
    void aGridTooSmallForTheMinimumQuantityRecordsWhyAndPlacesNothing() throws Exception {
        publishStart(bot, Money.of("20"));
        await().atMost(Duration.ofSeconds(60)).until(() -> gridExists(user, bot));

        String orders = "/api/grid-bot/" + bot + "/orders";
        assertThat((String) read(user, orders, "$.status")).isEqualTo("CANNOT_RUN");
        assertThat((String) read(user, orders, "$.reason")).contains("below the minimum order quantity");
        assertThat((List<?>) read(user, orders, "$.levels")).isEmpty();
    }

    @Test
    void anotherUsersGridIsNotFoundAndAMalformedIdIsABadRequest() throws Exception {
        start(bot);

        var foreign = getAs(UserId.random(), "/api/grid-bot/" + bot + "/orders");
        assertThat(foreign.getStatus()).isEqualTo(404);
        assertThat(foreign.getContentType()).isEqualTo("application/problem+json");
        assertThat(getAs(UserId.random(), "/api/grid-bot/" + bot + "/stats").getStatus()).isEqualTo(404);
        assertThat(getAs(user, "/api/grid-bot/" + BotId.random() + "/history").getStatus()).isEqualTo(404);
        var malformed = getAs(user, "/api/grid-bot/not-a-bot/orders");
        assertThat(malformed.getStatus()).isEqualTo(400);
        assertThat(malformed.getContentAsString()).contains("\"field\":\"botId\"");
    }

    @Test
    void theHistoryComesAPageAtATimeAndABadLimitOrCursorIsABadRequest() throws Exception {
        start(bot);
        String history = "/api/grid-bot/" + bot + "/history";
        List<Integer> whole = read(user, history + "?limit=500", "$.items[*].slot");
        assertThat(whole).hasSizeGreaterThan(2); // every slot was created PENDING and placed when the grid armed

        List<Integer> paged = new java.util.ArrayList<>();
        String next = null;
        do {
            String page = getAs(user, history + "?limit=2" + (next == null ? "" : "&cursor=" + next)).getContentAsString();
            List<Integer> slots = com.jayway.jsonpath.JsonPath.read(page, "$.items[*].slot");
            assertThat(slots).hasSizeLessThanOrEqualTo(2);
            paged.addAll(slots);
            next = com.jayway.jsonpath.JsonPath.read(page, "$.next");
        } while (next != null);
        assertThat(paged).containsExactlyElementsOf(whole);

        var badLimit = getAs(user, history + "?limit=0");
        assertThat(badLimit.getStatus()).isEqualTo(400);
        assertThat(badLimit.getContentAsString()).contains("\"field\":\"limit\"");
        var badCursor = getAs(user, history + "?cursor=bm90LWEtbnVtYmVy");
        assertThat(badCursor.getStatus()).isEqualTo(400);
        assertThat(badCursor.getContentAsString()).contains("\"field\":\"cursor\"");
    }

    private void start(BotId id) throws Exception {
        publishStart(id, Money.of("1000"));
        await().atMost(Duration.ofSeconds(60)).until(() -> gridExists(user, id));
    }

    private void publishStart(BotId id, Money budget) {
        probe.publish(Envelope.originating(new BotStarted(id, user, "grid", BotKind.GRID, BTC, budget, 2, GRID), clock));
    }

    private Envelope<TickObserved> tick(String price) {
        clock = clock.plusMillis(1);
        var tick = Envelope.originating(new TickObserved(BTC, Price.of(price)), clock);
        probe.publish(tick);
        return tick;
    }

    private Envelope<OrderFilled> fill(OrderIntentCreated intent, String price, String fee) {
        clock = clock.plusMillis(1);
        var filled = Envelope.originating(new OrderFilled(intent.intentId(), user, intent.botId(),
                ClientOrderId.forIntent(intent.botId(), intent.intentId()), intent.order(), Price.of(price),
                intent.order().quantity(), Quantity.ZERO, Money.of(fee), Liquidity.MAKER), clock);
        probe.publish(filled);
        return filled;
    }

    private IntentId intentId(int slot, Side side, int round) {
        return IntentId.derive(bot.toString(), "slot", String.valueOf(slot), side.name(), String.valueOf(round));
    }

    @SuppressWarnings("unchecked")
    private List<Envelope<OrderIntentCreated>> intentsOf(BotId id) {
        return probe.envelopes().stream()
                .filter(e -> e.payload() instanceof OrderIntentCreated intent && intent.botId().equals(id))
                .map(e -> (Envelope<OrderIntentCreated>) e)
                .toList();
    }

    private List<Envelope<OrderIntentCreated>> awaitIntents(BotId id, int count) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> intentsOf(id), intents -> intents.size() >= count);
    }

    private static OrderIntentCreated intentFor(List<Envelope<OrderIntentCreated>> intents, int slot) {
        return intents.stream().map(Envelope::payload).filter(i -> i.gridLevel() == slot).findFirst().orElseThrow();
    }

    private double counted(String name, String tag, String value) {
        var counter = meters.find(name).tag(tag, value).counter();
        return counter == null ? 0 : counter.count();
    }
}
