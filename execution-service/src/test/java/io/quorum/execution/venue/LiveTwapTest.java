package io.quorum.execution.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.BotOrdersCleared;
import io.quorum.contracts.executions.OrderCancelled;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.OrderPlaced;
import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.BotTradingHalted;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.SlippageBasis;
import io.quorum.contracts.orders.Side;
import io.quorum.contracts.orders.TwapSpec;
import io.quorum.execution.orders.OrderStatus;
import io.quorum.execution.orders.VenueOrders;
import io.quorum.execution.twap.LiveTwapRecords;
import io.quorum.execution.twap.TwapRun;
import io.quorum.execution.twap.TwapRuns;
import io.quorum.execution.venue.bybit.BybitLinearClient;
import io.quorum.execution.venue.bybit.BybitSettings;
import io.quorum.testkit.FakeBybitAccount;
import io.quorum.testkit.FakeBybitFault;
import io.quorum.testkit.FakeBybitOrder;
import io.quorum.testkit.FakeBybitRequest;
import io.quorum.testkit.MovableClock;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * TWAP on the live venue against the FakeBybit, through the real client: the scheduler's clock is the test's, moved by
 * hand, and each round the test needs is run by the test itself ({@link LiveTwap#runDue}, the same round the
 * scheduler's thread runs) — no sleeps. Each slice is a Bybit order of its own under the parent's id plus its number,
 * sent at its time through the live placement path; its fills are the parent's.
 */
@Import({BybitVenueTest.TestAccounts.class, LiveTwapTest.TestClock.class})
@TestPropertySource(properties = "quorum.execution.twap.live-poll=PT0.2S")
class LiveTwapTest extends BybitVenueTest {

    private static final MovableClock NOW = new MovableClock(Instant.parse("2031-06-01T00:00:00Z"));

    /** The scheduler's clock, moved by the scenarios. */
    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        @Primary
        Clock testClock() {
            return NOW;
        }
    }

    private final BotId bot = BotId.random();

    @Autowired
    private LiveTwap twap;
    @Autowired
    private LiveTwapRecords records;
    @Autowired
    private TwapRuns runs;
    @Autowired
    private VenueOrders orders;
    @Autowired
    private LivePlacement placement;
    @Autowired
    private BybitAccounts accounts;
    @Autowired
    private Reconciler reconciler;
    @Autowired
    private PendingHalts pendingHalts;
    @Autowired
    private Clock clock;
    @Autowired
    private LiveFills liveFills;
    @Autowired
    private ReconciliationRecords reconciliationRecords;

    @Test
    void aTwapSendsEachSliceAtItsTimeUnderItsOwnIdAndItsFillsAndFeesAreWhatBybitFilled() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user));
        Instant start = NOW.instant();
        var approval = approve(user, bot, OrderSpec.market(BTC, Side.BUY, Quantity.of("0.010"), 3, false)
                .asTwap(new TwapSpec(40, 4)));
        ClientOrderId parent = approval.payload().clientOrderId();

        var placed = awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(parent));
        assertThat(placed.payload().venue()).isEqualTo("bybit");
        assertThat(placed.causationId()).isEqualTo(approval.eventId());
        awaitOnFake(account, parent.slice(1)); // slice 1 is due at once
        assertThat(creates(parent)).isZero(); // the parent itself is never sent
        account.fill(parent.slice(1).value(), new BigDecimal("60000.0"));
        awaitParentFills(parent, 1);
        String[] prices = {"60000.0", "60010.0", "59990.5", "60020.0"};
        for (int n = 2; n <= 4; n++) {
            NOW.set(start.plusSeconds(10L * (n - 1)).minusMillis(1));
            twap.runDue();
            assertThat(creates(parent.slice(n))).as("slice %d before its time", n).isZero();
            NOW.set(start.plusSeconds(10L * (n - 1)));
            twap.runDue();
            assertThat(creates(parent.slice(n))).as("slice %d at its time", n).isEqualTo(1);
            account.fill(parent.slice(n).value(), new BigDecimal(prices[n - 1]));
            awaitParentFills(parent, n);
        }

        var last = awaitEnvelope(OrderFilled.class, f -> f.clientOrderId().equals(parent) && f.remaining().isZero());
        // the fake holds exactly one order per slice, under the slice ids, cut 0.002 × 3 + 0.004
        assertThat(account.orders()).extracting(FakeBybitOrder::orderLinkId)
                .containsExactlyInAnyOrder(IntStream.rangeClosed(1, 4).mapToObj(n -> parent.slice(n).value()).toArray(String[]::new));
        assertThat(account.orders()).extracting(order -> order.qty().toPlainString())
                .containsExactlyInAnyOrder("0.002", "0.002", "0.002", "0.004");
        assertThat(account.orders()).allSatisfy(order -> assertThat(order.orderType()).isEqualTo("Market"));
        // every fill is the parent's, the remaining quantity going down; the fees are the fake's executions'
        List<OrderFilled> fills = envelopes(OrderFilled.class, f -> f.botId().equals(bot)).stream().map(Envelope::payload).toList();
        assertThat(fills).extracting(OrderFilled::clientOrderId).containsOnly(parent);
        assertThat(fills).extracting(f -> f.remaining().value().stripTrailingZeros().toPlainString())
                .containsExactly("0.008", "0.006", "0.004", "0");
        BigDecimal venueFees = account.executions().stream().map(FakeBybitAccount.Execution::fee).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(fills.stream().map(f -> f.fee().value()).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(venueFees);
        var position = awaitEnvelope(PositionChanged.class, p -> p.botId().equals(bot) && p.size().compareTo(Quantity.of("0.010")) == 0);
        assertThat(position.payload().side()).isEqualTo(PositionSide.LONG);
        assertThat(position.payload().feesPaid().value()).isEqualByComparingTo(venueFees);
        assertThat(last.payload().intentId()).isEqualTo(approval.payload().intentId());
        // progress persisted: the run DONE, every slice at its time by the scheduler's clock, the parent FILLED
        TwapRun run = runs.find(approval.payload().intentId()).orElseThrow();
        assertThat(run.status()).isEqualTo(TwapRun.Status.DONE);
        assertThat(run.filled().value()).isEqualByComparingTo("0.010");
        assertThat(runs.slicesOf(run.intentId())).extracting(TwapRuns.Slice::sentAt)
                .containsExactly(start, start.plusSeconds(10), start.plusSeconds(20), start.plusSeconds(30));
        assertThat(orders.find(parent).orElseThrow().status()).isEqualTo(OrderStatus.FILLED);
        assertThat(account.positionSize(BTC.value())).isEqualByComparingTo("0.010");
    }

    /**
     * An opening market order the allocation priced from the book above the TWAP threshold and marked
     * ({@code twapBySize}): the live venue, which has no price for it, slices it into the configured shape (5 slices over
     * 10 minutes by default) instead of sending it whole; an unmarked one of the same size goes whole.
     */
    @Test
    void aMarketOrderTheAllocationMarkedTwapBySizeArrivesAtBybitAsSlicesOfTheConfiguredShape() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user));
        Instant start = NOW.instant();
        OrderSpec market = OrderSpec.market(BTC, Side.BUY, Quantity.of("0.010"), 3, false);
        Envelope<OrderApproved> unmarked = approval(user, bot, market);
        var plain = unmarked.payload();
        IntentId intent = IntentId.random();
        Envelope<OrderApproved> marked = Envelope.originating(new OrderApproved(intent, user, bot,
                ClientOrderId.forIntent(bot, intent), market, Money.of("130"), null, Money.of("0.33"), BigDecimal.ONE,
                SlippageBasis.BOOK, true), unmarked.occurredAt());
        probe.publish(marked);
        ClientOrderId parent = marked.payload().clientOrderId();

        awaitOnFake(account, parent.slice(1)); // slice 1 at once
        assertThat(creates(parent)).isZero();
        account.fill(parent.slice(1).value(), new BigDecimal("60000.0"));
        awaitParentFills(parent, 1);
        for (int n = 2; n <= 5; n++) {
            NOW.set(start.plusSeconds(120L * (n - 1)).minusMillis(1)); // 10 minutes / 5 slices
            twap.runDue();
            assertThat(creates(parent.slice(n))).as("slice %d before its time", n).isZero();
            NOW.set(start.plusSeconds(120L * (n - 1)));
            twap.runDue();
            assertThat(creates(parent.slice(n))).as("slice %d at its time", n).isEqualTo(1);
            account.fill(parent.slice(n).value(), new BigDecimal("60000.0"));
            awaitParentFills(parent, n);
        }
        awaitEnvelope(OrderFilled.class, f -> f.clientOrderId().equals(parent) && f.remaining().isZero());
        assertThat(account.orders()).extracting(FakeBybitOrder::orderLinkId)
                .containsExactlyInAnyOrder(IntStream.rangeClosed(1, 5).mapToObj(n -> parent.slice(n).value()).toArray(String[]::new));
        assertThat(account.orders()).extracting(order -> order.qty().toPlainString()).containsOnly("0.002");
        assertThat(account.orders()).allSatisfy(order -> assertThat(order.orderType()).isEqualTo("Market"));
        TwapRun run = runs.find(marked.payload().intentId()).orElseThrow();
        assertThat(run.status()).isEqualTo(TwapRun.Status.DONE);
        assertThat(run.filled().value()).isEqualByComparingTo("0.010");
        assertThat(account.positionSize(BTC.value())).isEqualByComparingTo("0.010");

        // the same order unmarked: sent whole under its own id, no run
        probe.publish(unmarked);
        awaitOnFake(account, plain.clientOrderId());
        assertThat(account.order(plain.clientOrderId().value()).orElseThrow().qty()).isEqualByComparingTo("0.010");
        assertThat(runs.find(plain.intentId())).isEmpty();
        assertThat(creates(plain.clientOrderId().slice(1))).isZero();
    }

    /**
     * A market slice is an IOC order: Bybit fills what the book holds and cancels the rest by itself, which its execution
     * list does not say. The order-status answer does, so the round that finds the run sending nothing more looks the
     * open market slice up, ends it with the fills Bybit counts, and cancels the parent's unfilled rest at once — not at
     * the next reconciliation (ten minutes away in these tests).
     */
    @Test
    void aMarketSliceWhoseRestBybitCancelledEndsTheRunAtOnceWithoutWaitingForReconciliation() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user));
        Instant start = NOW.instant();
        var approval = approve(user, bot, OrderSpec.market(BTC, Side.BUY, Quantity.of("0.004"), 3, false)
                .asTwap(new TwapSpec(20, 2)));
        ClientOrderId parent = approval.payload().clientOrderId();
        ClientOrderId second = parent.slice(2);
        awaitOnFake(account, parent.slice(1));
        account.fill(parent.slice(1).value(), new BigDecimal("60000.0"));
        awaitParentFills(parent, 1);

        NOW.set(start.plusSeconds(10));
        twap.runDue();
        awaitOnFake(account, second);
        account.fill(second.value(), new BigDecimal("0.001"), new BigDecimal("60005.0"));
        awaitParentFills(parent, 2);
        assertThat(orders.find(second).orElseThrow().status()).isEqualTo(OrderStatus.OPEN);
        account.end(second.value(), "PartiallyFilledCanceled"); // the book held no more: Bybit cancels the IOC rest
        twap.runDue();

        var cancelled = awaitEnvelope(OrderCancelled.class, c -> c.clientOrderId().equals(parent));
        assertThat(cancelled.payload().unfilled().value()).isEqualByComparingTo("0.001");
        assertThat(cancelled.payload().intentId()).isEqualTo(approval.payload().intentId());
        var slice = orders.find(second).orElseThrow();
        assertThat(slice.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(slice.filled().value()).isEqualByComparingTo("0.001");
        assertThat(slice.reason()).contains("IOC remainder").contains("0.001 of 0.002");
        assertThat(orders.find(parent).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(runs.find(approval.payload().intentId()).orElseThrow().status()).isEqualTo(TwapRun.Status.DONE);
        assertThat(account.orders()).hasSize(2);
        assertThat(account.positionSize(BTC.value())).isEqualByComparingTo("0.003");
    }

    @Test
    void aSliceWhoseCreationTimedOutAfterBybitTookItIsLookedUpAndNeverSentTwice() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user));
        Instant start = NOW.instant();
        var approval = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("59000.0"), Quantity.of("0.004"), 3, false)
                .asTwap(new TwapSpec(20, 2)));
        ClientOrderId parent = approval.payload().clientOrderId();
        awaitOnFake(account, parent.slice(1));

        // Bybit takes slice 2 and then answers too late (the test settings time out after 2 s)
        fake.failNext(keyOf(user), CREATE, 1, FakeBybitFault.slowAnswer(Duration.ofSeconds(4), true));
        NOW.set(start.plusSeconds(10));
        twap.runDue();

        ClientOrderId second = parent.slice(2);
        await().atMost(Duration.ofSeconds(60)).until(() -> orders.find(second).orElseThrow().status() == OrderStatus.OPEN);
        assertThat(creates(second)).isEqualTo(1);
        assertThat(fake.requests(REALTIME).stream().filter(r -> second.value().equals(r.params().get("orderLinkId")))).isNotEmpty();
        assertThat(account.orders()).extracting(FakeBybitOrder::orderLinkId).containsExactlyInAnyOrder(parent.slice(1).value(), second.value());
        // both slices rest at the limit: filling them fills the parent
        account.fill(parent.slice(1).value(), new BigDecimal("59000.0"));
        account.fill(second.value(), new BigDecimal("59000.0"));
        awaitEnvelope(OrderFilled.class, f -> f.clientOrderId().equals(parent) && f.remaining().isZero());
        twap.runDue();
        assertThat(creates(second)).isEqualTo(1);
        assertThat(account.orders()).hasSize(2);
    }

    @Test
    void aSliceLeftUnansweredHoldsBackTheNextUntilItIsResolvedByItsOrderLinkId() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user));
        Instant start = NOW.instant();
        var approval = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("57000.0"), Quantity.of("0.006"), 3, false)
                .asTwap(new TwapSpec(30, 3)));
        ClientOrderId parent = approval.payload().clientOrderId();
        awaitOnFake(account, parent.slice(1));

        // every creation attempt for slice 2 fails with HTTP 502 (Bybit takes none): its placement ends unanswered
        fake.failNext(keyOf(user), CREATE, 5, FakeBybitFault.httpStatus(502));
        NOW.set(start.plusSeconds(10));
        twap.runDue();
        ClientOrderId second = parent.slice(2);
        assertThat(orders.find(second).orElseThrow().status()).isEqualTo(OrderStatus.SUBMITTING);
        assertThat(account.order(second.value())).isEmpty();

        // slice 3's time: slice 2 is resolved first — looked up, then created once — and only then slice 3 is sent
        NOW.set(start.plusSeconds(20));
        twap.runDue();

        await().atMost(Duration.ofSeconds(60)).until(() -> account.order(parent.slice(3).value()).isPresent());
        assertThat(orders.find(second).orElseThrow().status()).isEqualTo(OrderStatus.OPEN);
        assertThat(account.orders()).extracting(FakeBybitOrder::orderLinkId).containsExactlyInAnyOrder(
                parent.slice(1).value(), second.value(), parent.slice(3).value());
        List<FakeBybitRequest> requests = fake.requests();
        int secondPlaced = lastIndexOf(requests, CREATE, second);
        assertThat(secondPlaced).isLessThan(indexOf(requests, CREATE, parent.slice(3)));
        assertThat(indexOf(requests, REALTIME, second)).isNotNegative();
    }

    @Test
    void aRestartWhileASliceWasOnItsWayResolvesItByItsOrderLinkIdBeforeTheNextAndSendsNoneTwice() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user));
        Instant start = NOW.instant();
        var approval = approve(user, bot, OrderSpec.market(BTC, Side.SELL, Quantity.of("0.006"), 2, false)
                .asTwap(new TwapSpec(30, 3)));
        ClientOrderId parent = approval.payload().clientOrderId();
        awaitOnFake(account, parent.slice(1));
        account.fill(parent.slice(1).value(), new BigDecimal("61000.0"));
        awaitEnvelope(OrderFilled.class, f -> f.clientOrderId().equals(parent));

        twap.stop(); // the service goes down

        try {
            crashAndRestart(user, account, parent, start);
        } finally {
            twap.start();
        }

        awaitEnvelope(OrderFilled.class, f -> f.clientOrderId().equals(parent) && f.remaining().isZero());
        assertThat(account.orders()).extracting(FakeBybitOrder::orderLinkId)
                .containsExactlyInAnyOrder(parent.slice(1).value(), parent.slice(2).value(), parent.slice(3).value());
        assertThat(envelopes(OrderFilled.class, f -> f.clientOrderId().equals(parent))).hasSize(3);
        assertThat(account.positionSize(BTC.value())).isEqualByComparingTo("-0.006"); // short
        assertThat(runs.find(approval.payload().intentId()).orElseThrow().status()).isEqualTo(TwapRun.Status.DONE);
    }

    /**
     * The crash: slice 2 was opened (SUBMITTING) and Bybit created it, but its answer was never recorded — and it filled
     * while the service was down. The restart, past slice 3's time: a scheduler with nothing in memory, over what the
     * database kept, resolves slice 2 by its orderLinkId before it sends slice 3.
     */
    private void crashAndRestart(UserId user, FakeBybitAccount account, ClientOrderId parent, Instant start) {
        NOW.set(start.plusSeconds(10));
        VenueOrdersView view = new VenueOrdersView(orders);
        ClientOrderId second = parent.slice(2);
        var opened = records.openNextSlice(parent, NOW.instant()).orElseThrow();
        assertThat(opened.clientOrderId()).isEqualTo(second);
        new BybitLinearClient(BybitSettings.local(fake.baseUrl(), Duration.ofSeconds(5), Duration.ofMillis(50)), KEYS.get(user),
                Clock.systemUTC()).create(LivePlacement.request(opened));
        account.fill(second.value(), new BigDecimal("61010.0"));
        assertThat(view.status(second)).isEqualTo(OrderStatus.SUBMITTING);

        NOW.set(start.plusSeconds(25));
        LiveTwap restarted = new LiveTwap(records, runs, orders, placement, new Sending(Clock.systemUTC()), accounts, reconciler,
                new MarketSliceEnds(runs, orders, accounts, liveFills, reconciliationRecords), pendingHalts::pendingFor,
                Duration.ofSeconds(1), clock);
        restarted.runDue();

        // answered: found on Bybit (and, as it filled while the service was down, possibly filled by the polling already)
        assertThat(view.status(second)).isIn(OrderStatus.OPEN, OrderStatus.FILLED);
        assertThat(creates(second)).isEqualTo(1); // only the one before the crash
        List<FakeBybitRequest> requests = fake.requests();
        int lookedUp = indexOf(requests, REALTIME, second);
        int thirdCreated = indexOf(requests, CREATE, parent.slice(3));
        assertThat(lookedUp).isNotNegative().isLessThan(thirdCreated);
        account.fill(parent.slice(3).value(), new BigDecimal("60990.0"));
    }

    @Test
    void haltingTheBotCancelsTheOpenSlicesOnBybitSendsNoMoreAndCancelsTheParentsRest() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user));
        Instant start = NOW.instant();
        var approval = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("58000.0"), Quantity.of("0.010"), 3, false)
                .asTwap(new TwapSpec(40, 4)));
        ClientOrderId parent = approval.payload().clientOrderId();
        awaitOnFake(account, parent.slice(1));
        NOW.set(start.plusSeconds(10));
        twap.runDue();
        awaitOnFake(account, parent.slice(2));

        var halt = Envelope.originating(new BotTradingHalted(user, bot), now());
        probe.publish(halt);

        var cleared = awaitEnvelope(BotOrdersCleared.class, c -> c.botId().equals(bot));
        assertThat(account.orders()).noneMatch(FakeBybitOrder::isOpen);
        var cancelled = awaitEnvelope(OrderCancelled.class, c -> c.clientOrderId().equals(parent));
        assertThat(cancelled.payload().unfilled().value()).isEqualByComparingTo("0.010");
        assertThat(cleared.payload().cancelled()).isEqualTo(3); // the parent and its two slices
        TwapRun run = runs.find(approval.payload().intentId()).orElseThrow();
        assertThat(run.status()).isEqualTo(TwapRun.Status.CANCELLED);
        assertThat(run.slicesSent()).isEqualTo(2);
        // the rest is never sent, whatever time it is
        NOW.set(start.plusSeconds(60));
        twap.runDue();
        assertThat(creates(parent.slice(3))).isZero();
        assertThat(creates(parent.slice(4))).isZero();
        assertThat(account.orders()).hasSize(2);
    }

    private void awaitParentFills(ClientOrderId parent, int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> envelopes(OrderFilled.class, f -> f.clientOrderId().equals(parent)).size() >= count);
    }

    private static void awaitOnFake(FakeBybitAccount account, ClientOrderId slice) {
        await().atMost(Duration.ofSeconds(60)).until(() -> account.order(slice.value()).isPresent());
    }

    private static int indexOf(List<FakeBybitRequest> requests, String path, ClientOrderId order) {
        for (int i = 0; i < requests.size(); i++) {
            FakeBybitRequest request = requests.get(i);
            if (request.path().equals(path) && order.value().equals(request.params().get("orderLinkId"))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(List<FakeBybitRequest> requests, String path, ClientOrderId order) {
        for (int i = requests.size() - 1; i >= 0; i--) {
            FakeBybitRequest request = requests.get(i);
            if (request.path().equals(path) && order.value().equals(request.params().get("orderLinkId"))) {
                return i;
            }
        }
        return -1;
    }

    /** Reads an order's status. */
    private record VenueOrdersView(VenueOrders orders) {
        OrderStatus status(ClientOrderId id) {
            return orders.find(id).orElseThrow().status();
        }
    }
}
