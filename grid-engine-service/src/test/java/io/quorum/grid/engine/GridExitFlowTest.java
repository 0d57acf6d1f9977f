package io.quorum.grid.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.BotStopRequested;
import io.quorum.contracts.bots.BotStopTriggered;
import io.quorum.contracts.bots.GridSpacing;
import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.market.TickObserved;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.grid.GridServiceTest;
import io.quorum.testkit.EventProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Trigger, stop-loss, take-profit and the running stats, on ETHUSDT (the other flow tests tick BTCUSDT only).
 * Levels 1900, 1950, 2000, 2050, 2100. Event time is shared by the class and only moves forward, so no tick
 * of one test is stale for the next.
 */
class GridExitFlowTest extends GridServiceTest {

    @Autowired
    private MeterRegistry meters;

    private static final Symbol ETH = Symbol.of("ETHUSDT");
    private static Instant clock = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private final UserId user = UserId.random();
    private final BotId observer = BotId.random();
    private EventProbe probe;

    @BeforeEach
    void openProbe() throws Exception {
        probe = EventProbe.on(Topics.ORDER_INTENTS_NAME, Topics.BOT_STOP_TRIGGERS_NAME);
        start(observer, grid(null, null, null)); // a grid to read the symbol's last price through
    }

    @AfterEach
    void closeProbe() throws InterruptedException {
        probe.close();
    }

    @Test
    void aGridWithATriggerPlacesNothingUntilThePriceReachesItThenArmsOnThatTick() throws Exception {
        settle("1991");
        BotId bot = BotId.random();
        start(bot, grid("2020", null, null));

        settle("2011");
        assertThat(read(user, orders(bot), "$.status").toString()).isEqualTo("WAITING");
        var reaching = tick("2030");

        List<Envelope<OrderIntentCreated>> buys = awaitIntents(bot, 3);
        assertThat(buys).extracting(e -> e.payload().gridLevel()).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(buys).allSatisfy(e -> assertThat(e.causationId()).isEqualTo(reaching.eventId()));
        assertThat(read(user, orders(bot), "$.status").toString()).isEqualTo("ACTIVE");
        assertThat(read(user, orders(bot), "$.triggerPrice").toString()).isEqualTo("2020");
    }

    @Test
    void aTickBelowTheStopLossPublishesOneStopTriggerAndTheGridEmitsNoIntentAfterIt() throws Exception {
        BotId bot = BotId.random();
        double exitsBefore = meters.get("quorum.grid.exits").counter().count();
        start(bot, grid(null, "1850", "2200"));
        settle("1990");
        List<Envelope<OrderIntentCreated>> buys = awaitIntents(bot, 2);

        var exit = tick("1840.5");
        settle("1830");
        settle("1995");
        fill(intentFor(buys, 0), "1900");
        await().atMost(Duration.ofSeconds(60)).until(() -> Objects.equals(read(user, stats(bot), "$.buyFills"), 1));

        BotStopTriggered stop = probe.awaitEvent(BotStopTriggered.class, s -> s.botId().equals(bot));
        assertThat(stop).isEqualTo(new BotStopTriggered(bot, user, "stop-loss 1850 reached at 1840.5", Price.of("1840.5")));
        assertThat(stopTriggersOf(bot)).singleElement()
                .satisfies(e -> assertThat(e.causationId()).isEqualTo(exit.eventId()));
        assertThat(intentsOf(bot)).hasSize(2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(meters.get("quorum.grid.exits").counter().count() - exitsBefore).isEqualTo(1));
        assertThat(read(user, orders(bot), "$.status").toString()).isEqualTo("EXITING");
        assertThat(read(user, orders(bot), "$.reason").toString()).isEqualTo("stop-loss 1850 reached at 1840.5");

        probe.publish(Envelope.originating(new BotStopRequested(bot, user, "stop-loss 1850 reached at 1840.5"), clock));
        await().atMost(Duration.ofSeconds(60)).until(() -> "STOPPED".equals(read(user, orders(bot), "$.status")));
        assertThat(read(user, orders(bot), "$.reason").toString()).isEqualTo("stop-loss 1850 reached at 1840.5");
    }

    @Test
    void aTickAtTheTakeProfitPublishesOneStopTrigger() throws Exception {
        BotId bot = BotId.random();
        start(bot, grid(null, "1850", "2200"));
        settle("2010");
        awaitIntents(bot, 3);

        tick("2200");
        settle("2250");

        assertThat(probe.awaitEvent(BotStopTriggered.class, s -> s.botId().equals(bot)).reason())
                .isEqualTo("take-profit 2200 reached at 2200");
        assertThat(stopTriggersOf(bot)).hasSize(1);
        assertThat(intentsOf(bot)).hasSize(3);
    }

    @Test
    void statsShowTheLastPriceUnrealizedPnlActivityAndRunningTimeInEventTime() throws Exception {
        BotId bot = BotId.random();
        start(bot, grid(null, null, null));
        var first = settle("1960");
        OrderIntentCreated buy = intentFor(awaitIntents(bot, 2), 0);
        fill(buy, "1900");
        OrderIntentCreated sell = awaitIntents(bot, 3).getLast().payload();
        fill(sell, "1950");
        OrderIntentCreated rebuy = awaitIntents(bot, 4).getLast().payload();
        fill(rebuy, "1900");
        awaitIntents(bot, 5);
        clock = clock.plus(Duration.ofHours(2));
        var last = settle("1920");

        String stats = stats(bot);
        // one cycle: 0.26 × (1950 − 1900) − fees 0.0988 − 0.1014; holding 0.26 bought at 1900, now 1920
        assertThat(read(user, stats, "$.realizedProfit").toString()).isEqualTo("12.7998");
        assertThat(read(user, stats, "$.profitPerCycle").toString()).isEqualTo("12.7998");
        assertThat(read(user, stats, "$.unrealizedPnl").toString()).isEqualTo("5.2");
        assertThat(read(user, stats, "$.lastPrice").toString()).isEqualTo("1920");
        assertThat((Integer) read(user, stats, "$.activity.fillsLast24h")).isEqualTo(3);
        assertThat((Integer) read(user, stats, "$.activity.cyclesLast24h")).isEqualTo(1);
        assertThat(Instant.parse(read(user, stats, "$.runningSince"))).isEqualTo(first.occurredAt());
        assertThat(Duration.parse(read(user, stats, "$.runningFor")))
                .isEqualTo(Duration.between(first.occurredAt(), last.occurredAt()));
        assertThat((String) read(user, stats, "$.annualizedReturnPercent")).isNotNull();
        assertThat((Integer) read(user, stats, "$.buyFills")).isEqualTo(2);
    }

    private static GridSpec grid(String trigger, String stopLoss, String takeProfit) {
        return new GridSpec(Price.of("1900"), Price.of("2100"), 4, GridSpacing.ARITHMETIC, null,
                trigger == null ? null : Price.of(trigger), stopLoss == null ? null : Price.of(stopLoss),
                takeProfit == null ? null : Price.of(takeProfit));
    }

    private void start(BotId id, GridSpec spec) throws Exception {
        probe.publish(Envelope.originating(new BotStarted(id, user, "grid", BotKind.GRID, ETH, Money.of("1000"), 2, spec), clock));
        await().atMost(Duration.ofSeconds(60)).until(() -> gridExists(user, id));
    }

    private Envelope<TickObserved> tick(String price) {
        clock = clock.plusMillis(1);
        var tick = Envelope.originating(new TickObserved(ETH, Price.of(price)), clock);
        probe.publish(tick);
        return tick;
    }

    /** Ticks and waits until the engine has taken the tick (the symbol's last price is it). */
    private Envelope<TickObserved> settle(String price) {
        var tick = tick(price);
        await().atMost(Duration.ofSeconds(60)).until(() -> price.equals(read(user, stats(observer), "$.lastPrice")));
        return tick;
    }

    private void fill(OrderIntentCreated intent, String price) {
        clock = clock.plusMillis(1);
        Quantity quantity = intent.order().quantity();
        Money fee = Money.of(Price.of(price).times(quantity).value().multiply(new java.math.BigDecimal("0.0002")));
        probe.publish(Envelope.originating(new OrderFilled(intent.intentId(), user, intent.botId(),
                ClientOrderId.forIntent(intent.botId(), intent.intentId()), intent.order(), Price.of(price), quantity,
                Quantity.ZERO, fee, Liquidity.MAKER), clock));
    }

    private static String orders(BotId bot) {
        return "/api/grid-bot/" + bot + "/orders";
    }

    private static String stats(BotId bot) {
        return "/api/grid-bot/" + bot + "/stats";
    }

    @SuppressWarnings("unchecked")
    private List<Envelope<OrderIntentCreated>> intentsOf(BotId id) {
        return probe.envelopes().stream()
                .filter(e -> e.payload() instanceof OrderIntentCreated intent && intent.botId().equals(id))
                .map(e -> (Envelope<OrderIntentCreated>) e)
                .toList();
    }

    private List<Envelope<?>> stopTriggersOf(BotId id) {
        return probe.envelopes().stream()
                .filter(e -> e.payload() instanceof BotStopTriggered stop && stop.botId().equals(id))
                .toList();
    }

    private List<Envelope<OrderIntentCreated>> awaitIntents(BotId id, int count) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> intentsOf(id), intents -> intents.size() >= count);
    }

    private static OrderIntentCreated intentFor(List<Envelope<OrderIntentCreated>> intents, int slot) {
        return intents.stream().map(Envelope::payload).filter(i -> i.gridLevel() == slot).findFirst().orElseThrow();
    }
}
