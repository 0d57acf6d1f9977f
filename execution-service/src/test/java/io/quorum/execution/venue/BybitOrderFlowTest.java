package io.quorum.execution.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.bots.BotStopTriggered;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.BotHaltStalled;
import io.quorum.contracts.executions.BotOrdersCleared;
import io.quorum.contracts.executions.ForeignOrderDetected;
import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.executions.OrderCancelled;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.OrderPlaced;
import io.quorum.contracts.executions.OrderRejectedByVenue;
import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.executions.WalletBalanceObserved;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.BotTradingHalted;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.PositionProtectionRequested;
import io.quorum.contracts.orders.Side;
import io.quorum.execution.orders.OrderStatus;
import io.quorum.execution.orders.VenueOrder;
import io.quorum.execution.orders.VenueOrders;
import io.quorum.execution.platform.ProcessedEvents;
import io.quorum.execution.venue.bybit.BybitCredentials;
import io.quorum.execution.venue.bybit.BybitLinearClient;
import io.quorum.execution.venue.bybit.BybitSettings;
import io.quorum.testkit.FakeBybitAccount;
import io.quorum.testkit.FakeBybitFault;
import io.quorum.testkit.FakeBybitOrder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class BybitOrderFlowTest extends BybitVenueTest {

    private final BotId bot = BotId.random();

    @Autowired
    private VenueOrders orders;
    @Autowired
    private ProcessedEvents processedEvents;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private Reconciler reconciler;
    @Autowired
    private ReconciliationRecords reconciliation;
    @Autowired
    private ReconciliationController reconciliationView;
    @Autowired
    private FillPolling polling;
    @Autowired
    private PendingHalts pendingHalts;

    @Test
    void anApprovedOrderIsPlacedOnceAndItsFillsAreAppliedOnceSoTheLedgerEqualsTheVenue() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user));
        var buy = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("60000.0"), Quantity.of("0.010"), 3, false));
        var buyId = buy.payload().clientOrderId();

        var placed = awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(buyId));
        assertThat(placed.payload().venue()).isEqualTo("bybit");
        assertThat(placed.causationId()).isEqualTo(buy.eventId());
        assertThat(creates(buyId)).isEqualTo(1);

        account.fill(buyId.value(), new BigDecimal("0.004"), new BigDecimal("60000.0"));
        account.fill(buyId.value(), new BigDecimal("0.006"), new BigDecimal("59990.0"));
        var last = awaitEnvelope(OrderFilled.class, f -> f.clientOrderId().equals(buyId) && f.remaining().isZero());
        assertThat(last.payload().liquidity()).isEqualTo(Liquidity.MAKER);
        var sell = approve(user, bot, OrderSpec.market(BTC, Side.SELL, Quantity.of("0.010"), 3, true));
        var sellId = sell.payload().clientOrderId();
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(sellId));
        account.fill(sellId.value(), new BigDecimal("60500.0"));

        var flat = awaitEnvelope(PositionChanged.class, p -> p.botId().equals(bot) && p.side() == PositionSide.FLAT);
        // entry 59994 (0.004 at 60000, 0.006 at 59990), 0.010 sold at 60500; maker 0.02 % on the buys, taker 0.055 % on the sell
        assertThat(flat.payload().realizedPnl().value()).isEqualByComparingTo("5.06");
        assertThat(flat.payload().feesPaid().value()).isEqualByComparingTo("0.452738");
        // the venue's wallet moved by exactly what the ledger says
        assertThat(account.walletUsdt()).isEqualByComparingTo(new BigDecimal("10000")
                .add(flat.payload().realizedPnl().value()).subtract(flat.payload().feesPaid().value()));
        assertThat(envelopes(OrderFilled.class, f -> f.botId().equals(bot))).hasSize(3);
        assertThat(creates(sellId)).isEqualTo(1);
    }

    @Test
    void anExecutionReadTwiceIsAppliedOnce() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user));
        var buy = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("60000.0"), Quantity.of("0.010"), 3, false));
        var buyId = buy.payload().clientOrderId();
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(buyId));

        account.fill(buyId.value(), new BigDecimal("0.004"), new BigDecimal("60000.0"));
        account.repeatNewestExecution();
        awaitEnvelope(OrderFilled.class, f -> f.clientOrderId().equals(buyId));
        awaitPollRounds(3);

        assertThat(envelopes(OrderFilled.class, f -> f.clientOrderId().equals(buyId))).singleElement()
                .satisfies(filled -> assertThat(filled.payload().remaining()).isEqualTo(Quantity.of("0.006")));
        assertThat(jdbc.sql("select count(*) from fills where client_order_id = ?").param(buyId.value()).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select size from positions where bot_id = ?").param(bot.value()).query(BigDecimal.class).single())
                .isEqualByComparingTo("0.004");
    }

    @Test
    void anOrderCreatedAtBybitWhoseAnswerTimedOutIsLookedUpNotPlacedAgain() {
        UserId user = userWithAccount("10000");
        fake.failNext(CREATE, 1, FakeBybitFault.slowAnswer(Duration.ofSeconds(4), true));
        var buy = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("59000.0"), Quantity.of("0.010"), 3, false));
        var buyId = buy.payload().clientOrderId();

        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(buyId));

        assertThat(creates(buyId)).isEqualTo(1);
        assertThat(fake.requests(REALTIME).stream().filter(r -> buyId.value().equals(r.params().get("orderLinkId")))).isNotEmpty();
        assertThat(fake.account(keyOf(user)).orders()).extracting(FakeBybitOrder::orderLinkId).containsExactly(buyId.value());
        assertThat(envelopes(OrderPlaced.class, p -> p.clientOrderId().equals(buyId))).hasSize(1);
    }

    @Test
    void anAiEntrySendsItsStopLossAndTakeProfitWithTheOrder() {
        UserId user = userWithAccount("10000");
        var entry = approve(user, bot, OrderSpec.market(BTC, Side.BUY, Quantity.of("0.010"), 5, false)
                .protectedBy(Price.of("58000.0"), Price.of("63000.0")));

        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(entry.payload().clientOrderId()));

        FakeBybitOrder order = fake.account(keyOf(user)).order(entry.payload().clientOrderId().value()).orElseThrow();
        assertThat(order.stopLoss()).isEqualByComparingTo("58000.0");
        assertThat(order.takeProfit()).isEqualByComparingTo("63000.0");
    }

    @Test
    void anInvalidKeyRejectsTheOrderAndStopsTheBotWithAnAlert() {
        UserId user = UserId.random();
        KEYS.put(user, new BybitCredentials("revoked-key", "revoked-secret"));
        var buy = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("59000.0"), Quantity.of("0.010"), 3, false));

        var rejected = awaitEnvelope(OrderRejectedByVenue.class, r -> r.intentId().equals(buy.payload().intentId()));
        var stop = awaitEnvelope(BotStopTriggered.class, s -> s.botId().equals(bot));

        assertThat(rejected.payload().reason()).contains("API key").contains("10003");
        assertThat(stop.payload().reason()).contains("API key").contains("10003");
        assertThat(stop.causationId()).isEqualTo(buy.eventId());
        // the account's reconciliation, which comes before its first order, met the refused key: the order is refused
        // without anything sent for it — neither the leverage nor the creation
        assertThat(fake.requests(SET_LEVERAGE).stream().filter(r -> "revoked-key".equals(r.apiKey()))).isEmpty();
        assertThat(creates(buy.payload().clientOrderId())).isZero();
        assertThat(reconciliation.lastRun(BybitAccounts.idOf("revoked-key")).orElseThrow().result()).isEqualTo("FAILED");
    }

    @Test
    void theBotsLeverageIsSetOnBybitBeforeItsFirstOrderOfTheSymbolAndNotAgainForTheNext() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user));
        var first = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("58000.0"), Quantity.of("0.010"), 3, false));
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(first.payload().clientOrderId()));
        var second = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("57000.0"), Quantity.of("0.010"), 3, false));
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(second.payload().clientOrderId()));

        assertThat(account.leverage(BTC.value())).isEqualTo(3);
        assertThat(fake.requests(SET_LEVERAGE).stream().filter(r -> keyOf(user).equals(r.apiKey())))
                .singleElement().satisfies(request -> {
                    assertThat(request.params()).containsEntry("buyLeverage", "3").containsEntry("sellLeverage", "3")
                            .containsEntry("symbol", BTC.value()).containsEntry("category", "linear");
                    // before the first creation of the account
                    assertThat(request.received()).isBeforeOrEqualTo(fake.requests(CREATE).stream()
                            .filter(r -> keyOf(user).equals(r.apiKey())).map(r -> r.received()).min(Comparator.naturalOrder()).orElseThrow());
                });
    }

    @Test
    void aLeverageBybitAlreadyHoldsIsNoFailure() {
        UserId user = userWithAccount("10000");
        // FakeBybit accounts start at 10x, as Bybit's do: set-leverage answers 110043 "leverage not modified"
        var order = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("58000.0"), Quantity.of("0.010"), 10, false));

        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(order.payload().clientOrderId()));

        assertThat(fake.requests(SET_LEVERAGE).stream().filter(r -> keyOf(user).equals(r.apiKey()))).hasSize(1);
        assertThat(creates(order.payload().clientOrderId())).isEqualTo(1);
    }

    @Test
    void anotherBotOfTheUserAskingAnotherLeverageOnTheSameSymbolIsRefusedWithTheReason() {
        UserId user = userWithAccount("10000");
        BotId other = BotId.random();
        var first = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("58000.0"), Quantity.of("0.010"), 3, false));
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(first.payload().clientOrderId()));

        var second = approve(user, other, OrderSpec.limit(BTC, Side.BUY, Price.of("57000.0"), Quantity.of("0.010"), 5, false));

        var rejected = awaitEnvelope(OrderRejectedByVenue.class, r -> r.intentId().equals(second.payload().intentId()));
        assertThat(rejected.payload().reason()).contains("one leverage per symbol").contains("3x").contains("5x");
        assertThat(creates(second.payload().clientOrderId())).isZero();
        assertThat(fake.account(keyOf(user)).leverage(BTC.value())).isEqualTo(3);
    }

    @Test
    void aLeverageBybitRefusesRejectsTheOrderWithoutSendingIt() {
        UserId user = userWithAccount("10000");
        fake.failNext(SET_LEVERAGE, 1, FakeBybitFault.retCode(110013)); // "cannot set leverage due to risk limit"
        var order = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("58000.0"), Quantity.of("0.010"), 4, false));

        var rejected = awaitEnvelope(OrderRejectedByVenue.class, r -> r.intentId().equals(order.payload().intentId()));

        assertThat(rejected.payload().reason()).contains("leverage 4x").contains("110013");
        assertThat(creates(order.payload().clientOrderId())).isZero();
        assertThat(envelopes(BotStopTriggered.class, s -> s.botId().equals(bot))).isEmpty();
    }

    @Test
    void movingALiveStopPutsTheNewLevelsOnTheBybitPositionAndReportsThem() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user));
        var entry = approve(user, bot, OrderSpec.market(BTC, Side.BUY, Quantity.of("0.010"), 5, false)
                .protectedBy(Price.of("58000.0"), Price.of("63000.0")));
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(entry.payload().clientOrderId()));
        account.fill(entry.payload().clientOrderId().value(), new BigDecimal("60000.0"));
        awaitEnvelope(PositionChanged.class, p -> p.botId().equals(bot) && p.side() == PositionSide.LONG);
        assertThat(account.positionStops(BTC.value()).stopLoss()).isEqualByComparingTo("58000.0");

        var move = Envelope.originating(new PositionProtectionRequested(user, bot, BTC, Price.of("59500.0"), null,
                "trailing the stop"), now());
        probe.publish(move);

        var changed = awaitEnvelope(PositionChanged.class, p -> p.botId().equals(bot) && p.reason() != null
                && p.reason().startsWith("protection"));
        assertThat(changed.causationId()).isEqualTo(move.eventId());
        assertThat(changed.payload().reason()).startsWith("protection set on Bybit");
        assertThat(changed.payload().stopLoss()).isEqualTo(Price.of("59500.0"));
        assertThat(changed.payload().takeProfit()).isNull();
        assertThat(account.positionStops(BTC.value()).stopLoss()).isEqualByComparingTo("59500.0");
        assertThat(account.positionStops(BTC.value()).takeProfit()).isZero(); // a request without one removes it
        assertThat(fake.requests(TRADING_STOP).stream().filter(r -> keyOf(user).equals(r.apiKey()))).singleElement()
                .satisfies(request -> assertThat(request.params()).containsEntry("tpslMode", "Full")
                        .containsEntry("positionIdx", "0").containsEntry("symbol", BTC.value()));
        assertThat(jdbc.sql("select stop_loss from positions where bot_id = ?").param(bot.value()).query(BigDecimal.class).single())
                .isEqualByComparingTo("59500.0");

        probe.publish(move); // delivered again: answered once, not sent again
        awaitPollRounds(3);
        assertThat(envelopes(PositionChanged.class, p -> p.botId().equals(bot) && p.reason() != null
                && p.reason().startsWith("protection"))).hasSize(1);
        assertThat(account.tradingStops()).isEqualTo(1);
    }

    @Test
    void aStopForAPositionBybitDoesNotHoldIsNotSentAndSaysSo() {
        UserId user = userWithAccount("10000");
        var move = Envelope.originating(new PositionProtectionRequested(user, bot, BTC, Price.of("59500.0"), null, "trail"), now());

        probe.publish(move);

        var changed = awaitEnvelope(PositionChanged.class, p -> p.botId().equals(bot));
        assertThat(changed.payload().reason()).startsWith("protection not set: no open position");
        assertThat(fake.requests(TRADING_STOP).stream().filter(r -> keyOf(user).equals(r.apiKey()))).isEmpty();
    }

    @Test
    void insufficientBalanceRejectsTheOrderWithTheReason() {
        UserId user = userWithAccount("10");
        var buy = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("59000.0"), Quantity.of("0.010"), 3, false));

        var rejected = awaitEnvelope(OrderRejectedByVenue.class, r -> r.intentId().equals(buy.payload().intentId()));

        assertThat(rejected.payload().reason()).startsWith("insufficient balance").contains("110007");
        assertThat(envelopes(BotStopTriggered.class, s -> s.botId().equals(bot))).isEmpty();
        assertThat(fake.account(keyOf(user)).orders()).isEmpty();
    }

    @Test
    void stoppingABotCancelsItsOrdersOnBybitAndReportsClearedOnlyWhenNoneIsLeft() {
        UserId user = userWithAccount("10000");
        BotId other = BotId.random();
        var first = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("58000.0"), Quantity.of("0.010"), 3, false));
        var second = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("57000.0"), Quantity.of("0.010"), 3, false));
        var others = approve(user, other, OrderSpec.limit(BTC, Side.BUY, Price.of("56000.0"), Quantity.of("0.010"), 3, false));
        for (Envelope<OrderApproved> approval : List.of(first, second, others)) {
            awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(approval.payload().clientOrderId()));
        }

        var halt = Envelope.originating(new BotTradingHalted(user, bot), now());
        probe.publish(halt);

        var cleared = awaitEnvelope(BotOrdersCleared.class, c -> c.botId().equals(bot));
        assertThat(cleared.payload().cancelled()).isEqualTo(2);
        assertThat(envelopes(OrderCancelled.class, c -> c.botId().equals(bot))).hasSize(2);
        FakeBybitAccount account = fake.account(keyOf(user));
        assertThat(account.orders()).filteredOn(FakeBybitOrder::isOpen).extracting(FakeBybitOrder::orderLinkId)
                .containsExactly(others.payload().clientOrderId().value());
        assertThat(envelopes(OrderCancelled.class, c -> c.botId().equals(other))).isEmpty();
    }

    @Test
    void stoppingABotWithAPositionClosesItOnBybitWithAReduceOnlyMarketOrderAndReportsClearedOnlyOnceItIsFlat() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user));
        var entry = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("60000.0"), Quantity.of("0.010"), 2, false));
        var resting = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("59000.0"), Quantity.of("0.010"), 2, false));
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(resting.payload().clientOrderId()));
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(entry.payload().clientOrderId()));
        account.fill(entry.payload().clientOrderId().value(), new BigDecimal("60000.0"));
        awaitEnvelope(OrderFilled.class, f -> f.clientOrderId().equals(entry.payload().clientOrderId()));

        var halt = Envelope.originating(new BotTradingHalted(user, bot), now());
        probe.publish(halt);

        var close = awaitEnvelope(OrderPlaced.class, p -> p.botId().equals(bot) && p.order().reduceOnly());
        assertThat(close.payload().order().side()).isEqualTo(Side.SELL);
        assertThat(close.payload().order().quantity()).isEqualTo(Quantity.of("0.010"));
        FakeBybitOrder atVenue = account.order(close.payload().clientOrderId().value()).orElseThrow();
        assertThat(atVenue.reduceOnly()).isTrue();
        assertThat(atVenue.orderType()).isEqualTo("Market");
        assertThat(account.order(resting.payload().clientOrderId().value()).orElseThrow().isOpen()).isFalse();
        // the position is still open on Bybit: the halt is not confirmed, so the bot is not reported cleared
        awaitPollRounds(3);
        assertThat(envelopes(BotOrdersCleared.class, c -> c.botId().equals(bot))).isEmpty();
        assertThat(await().atMost(Duration.ofSeconds(60)).until(() -> pendingHalts.lastFailure(halt.eventId()), Optional::isPresent))
                .hasValueSatisfying(why -> assertThat(why).startsWith("position not closed yet: closing order"));

        account.fill(close.payload().clientOrderId().value(), new BigDecimal("60100.0"));

        var flat = awaitEnvelope(PositionChanged.class, p -> p.botId().equals(bot) && p.side() == PositionSide.FLAT);
        assertThat(flat.payload().realizedPnl().value()).isEqualByComparingTo("1.0");
        var cleared = awaitEnvelope(BotOrdersCleared.class, c -> c.botId().equals(bot));
        assertThat(cleared.payload().cancelled()).isEqualTo(1);
        assertThat(cleared.causationId()).isEqualTo(halt.eventId());
        assertThat(account.orders()).filteredOn(FakeBybitOrder::isOpen).isEmpty();
        assertThat(creates(close.payload().clientOrderId())).isEqualTo(1);
        assertThat(pendingHalts.lastFailure(halt.eventId())).isEmpty();
    }

    @Test
    void aCloseBybitEndsWithoutFillingIsFollowedByANewCloseUntilThePositionIsFlat() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user));
        var entry = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("60000.0"), Quantity.of("0.010"), 2, false));
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(entry.payload().clientOrderId()));
        account.fill(entry.payload().clientOrderId().value(), new BigDecimal("60000.0"));
        awaitEnvelope(OrderFilled.class, f -> f.clientOrderId().equals(entry.payload().clientOrderId()));

        probe.publish(Envelope.originating(new BotTradingHalted(user, bot), now()));
        var first = awaitEnvelope(OrderPlaced.class, p -> p.botId().equals(bot) && p.order().reduceOnly());
        account.fill(first.payload().clientOrderId().value(), new BigDecimal("0.004"), new BigDecimal("60050.0"));
        awaitEnvelope(OrderFilled.class, f -> f.clientOrderId().equals(first.payload().clientOrderId()));
        account.expire(first.payload().clientOrderId().value()); // Bybit ends the IOC remainder

        var second = awaitEnvelope(OrderPlaced.class, p -> p.botId().equals(bot) && p.order().reduceOnly()
                && !p.clientOrderId().equals(first.payload().clientOrderId()));
        assertThat(second.payload().order().quantity()).isEqualTo(Quantity.of("0.006"));
        account.fill(second.payload().clientOrderId().value(), new BigDecimal("60100.0"));

        var cleared = awaitEnvelope(BotOrdersCleared.class, c -> c.botId().equals(bot));
        assertThat(cleared.payload().cancelled()).isEqualTo(1); // the first close's remainder, ended by Bybit
        var flat = awaitEnvelope(PositionChanged.class, p -> p.botId().equals(bot) && p.side() == PositionSide.FLAT);
        // 0.004 closed at 60050 and 0.006 at 60100 against an entry of 60000
        assertThat(flat.payload().realizedPnl().value()).isEqualByComparingTo("0.8");
        assertThat(envelopes(OrderPlaced.class, p -> p.botId().equals(bot) && p.order().reduceOnly())).hasSize(2);
        assertThat(account.orders()).filteredOn(FakeBybitOrder::isOpen).isEmpty();
    }

    @Test
    void aHaltBybitKeepsFailingIsRetriedUntilConfirmedAndTheUserIsAlertedOnce() {
        UserId user = userWithAccount("10000");
        var order = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("58000.0"), Quantity.of("0.010"), 3, false));
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(order.payload().clientOrderId()));
        fake.failNext(REALTIME, 5, FakeBybitFault.httpStatus(502)); // Bybit's gateway failing for a while

        var halt = Envelope.originating(new BotTradingHalted(user, bot), now());
        probe.publish(halt);

        var stalled = awaitEnvelope(BotHaltStalled.class, s -> s.botId().equals(bot));
        assertThat(stalled.payload().attempts()).isEqualTo(3); // quorum.bybit.halt-stalled-after in these tests
        assertThat(stalled.payload().reason()).contains("502");
        assertThat(stalled.causationId()).isEqualTo(halt.eventId());
        var cleared = awaitEnvelope(BotOrdersCleared.class, c -> c.botId().equals(bot));
        assertThat(cleared.payload().cancelled()).isEqualTo(1);
        assertThat(fake.account(keyOf(user)).order(order.payload().clientOrderId().value()).orElseThrow().isOpen()).isFalse();
        assertThat(envelopes(BotHaltStalled.class, s -> s.botId().equals(bot))).hasSize(1);
        assertThat(jdbc.sql("select count(*) from pending_halts where halt_event_id = ?").param(halt.eventId().value())
                .query(Long.class).single()).isZero();

        probe.publish(halt); // delivered again after it was confirmed: nothing more
        awaitPollRounds(3);
        assertThat(envelopes(BotOrdersCleared.class, c -> c.botId().equals(bot))).hasSize(1);
    }

    @Test
    void aHaltKeptBeforeARestartIsTakenUpByTheRetryTimer() {
        UserId user = userWithAccount("10000");
        var order = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("58000.0"), Quantity.of("0.010"), 3, false));
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(order.payload().clientOrderId()));
        var halt = Envelope.originating(new BotTradingHalted(user, bot), now());
        // the halt was kept and claimed by an attempt, then the process died: its lease ran out
        pendingHalts.keep(halt, Instant.now().minus(PendingHalts.LEASE.multipliedBy(2)));

        var cleared = awaitEnvelope(BotOrdersCleared.class, c -> c.botId().equals(bot));

        assertThat(cleared.causationId()).isEqualTo(halt.eventId());
        assertThat(cleared.payload().cancelled()).isEqualTo(1);
        assertThat(fake.account(keyOf(user)).order(order.payload().clientOrderId().value()).orElseThrow().isOpen()).isFalse();
    }

    @Test
    void aCrashBetweenTheCallAndItsAnswerIsResolvedByLookingTheOrderUpWhenTheApprovalComesAgain() {
        UserId user = userWithAccount("10000");
        var approval = approval(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("59500.0"), Quantity.of("0.010"), 3, false));
        var id = approval.payload().clientOrderId();
        // the first delivery recorded the order SUBMITTING and reached Bybit; the service died before the answer was recorded
        transactions.executeWithoutResult(status -> {
            processedEvents.firstDelivery(approval.eventId());
            orders.insertIfAbsent(VenueOrder.submitting(approval.payload(), approval.occurredAt()));
        });
        new BybitLinearClient(BybitSettings.local(fake.baseUrl(), Duration.ofSeconds(5), Duration.ofMillis(50)), KEYS.get(user),
                Clock.systemUTC()).create(LivePlacement.request(orders.find(id).orElseThrow()));

        probe.publish(approval); // Kafka delivers the approval again: its offset was never committed

        var placed = awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(id));
        assertThat(placed.causationId()).isEqualTo(approval.eventId());
        assertThat(creates(id)).isEqualTo(1);
        assertThat(fake.requests(REALTIME).stream().filter(r -> id.value().equals(r.params().get("orderLinkId")))).isNotEmpty();
        assertThat(fake.account(keyOf(user)).orders()).hasSize(1);
    }

    // ---- reconciliation (issue 5 item 4): a fresh user's account is reconciled before its first order is placed ----

    @Test
    void aCrashBetweenTheCallAndTheRecordIsResolvedByReconciliationWithOneVenueOrderAndItsFillsAppliedOnce() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user));
        var approval = approval(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("59500.0"), Quantity.of("0.010"), 3, false));
        var id = approval.payload().clientOrderId();
        // the approval was recorded SUBMITTING and reached Bybit; the service died before the answer was recorded,
        // and Bybit filled part of the order while it was down
        transactions.executeWithoutResult(status -> {
            processedEvents.firstDelivery(approval.eventId());
            orders.insertIfAbsent(VenueOrder.submitting(approval.payload(), approval.occurredAt()));
        });
        new BybitLinearClient(BybitSettings.local(fake.baseUrl(), Duration.ofSeconds(5), Duration.ofMillis(50)), KEYS.get(user),
                Clock.systemUTC()).create(LivePlacement.request(orders.find(id).orElseThrow()));
        account.fill(id.value(), new BigDecimal("0.004"), new BigDecimal("59500.0"));

        // what the restarted service runs first for the account
        assertThat(reconciler.run(accountOf(user))).isTrue();
        assertThat(reconciler.run(accountOf(user))).isTrue();

        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(id));
        var fill = awaitEnvelope(OrderFilled.class, f -> f.clientOrderId().equals(id));
        assertThat(fill.payload().remaining()).isEqualTo(Quantity.of("0.006"));
        assertThat(orders.find(id).orElseThrow().status()).isEqualTo(OrderStatus.OPEN);
        assertThat(creates(id)).isEqualTo(1);
        assertThat(account.orders()).hasSize(1);
        awaitPollRounds(3);
        assertThat(envelopes(OrderPlaced.class, p -> p.clientOrderId().equals(id))).hasSize(1);
        assertThat(envelopes(OrderFilled.class, f -> f.clientOrderId().equals(id))).hasSize(1);
        assertThat(positionSize(bot)).isEqualByComparingTo("0.004");
    }

    @Test
    void anOrderLeftSubmittingThatNeverReachedBybitEndsRejectedAndIsNotPlaced() {
        UserId user = userWithAccount("10000");
        var approval = approval(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("59500.0"), Quantity.of("0.010"), 3, false));
        var id = approval.payload().clientOrderId();
        transactions.executeWithoutResult(status -> {
            processedEvents.firstDelivery(approval.eventId());
            orders.insertIfAbsent(VenueOrder.submitting(approval.payload(), approval.occurredAt()));
        });

        assertThat(reconciler.run(accountOf(user))).isTrue();

        var rejected = awaitEnvelope(OrderRejectedByVenue.class, r -> r.clientOrderId().equals(id));
        assertThat(rejected.payload().reason()).contains("not on Bybit");
        assertThat(orders.find(id).orElseThrow().status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(creates(id)).isZero();
        assertThat(fake.account(keyOf(user)).orders()).isEmpty();
    }

    @Test
    void partialFillsMissedWhileDownAreAppliedOnceAtReconciliationSoThePositionAndFeesEqualTheVenue() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user));
        var buy = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("60000.0"), Quantity.of("0.010"), 3, false));
        var id = buy.payload().clientOrderId();
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(id));

        polling.stop(); // the service is down: nothing reads Bybit's executions
        try {
            account.fill(id.value(), new BigDecimal("0.003"), new BigDecimal("60000.0"));
            account.fill(id.value(), new BigDecimal("0.003"), new BigDecimal("59995.0"));
            account.fill(id.value(), new BigDecimal("0.004"), new BigDecimal("59990.0"));
            assertThat(reconciler.run(accountOf(user))).isTrue();
            assertThat(reconciler.run(accountOf(user))).isTrue();
        } finally {
            polling.start();
        }
        awaitPollRounds(3);

        var fills = envelopes(OrderFilled.class, f -> f.clientOrderId().equals(id));
        assertThat(fills).hasSize(3);
        assertThat(fills).extracting(f -> f.payload().remaining()).contains(Quantity.ZERO);
        assertThat(orders.find(id).orElseThrow().status()).isEqualTo(OrderStatus.FILLED);
        // the ledger equals the venue's executions: size, entry and fees
        BigDecimal venueFees = new BigDecimal("0.003").multiply(new BigDecimal("60000.0"))
                .add(new BigDecimal("0.003").multiply(new BigDecimal("59995.0")))
                .add(new BigDecimal("0.004").multiply(new BigDecimal("59990.0"))).multiply(new BigDecimal("0.0002"));
        assertThat(positionSize(bot)).isEqualByComparingTo("0.010");
        assertThat(jdbc.sql("select fees_paid from positions where bot_id = ?").param(bot.value()).query(BigDecimal.class).single())
                .isEqualByComparingTo(venueFees);
        assertThat(jdbc.sql("select sum(fee) from fills where client_order_id = ?").param(id.value()).query(BigDecimal.class).single())
                .isEqualByComparingTo(venueFees);
        assertThat(account.walletUsdt()).isEqualByComparingTo(new BigDecimal("10000").subtract(venueFees));
        assertThat(reconciliation.mismatches(accountOf(user))).isEmpty();
    }

    @Test
    void executionsSpanningSeveralPagesAreAllAppliedOnce() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user));
        var buy = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("60000.0"), Quantity.of("0.150"), 3, false));
        var id = buy.payload().clientOrderId();
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(id));

        polling.stop();
        try {
            for (int i = 0; i < 150; i++) {
                account.fill(id.value(), new BigDecimal("0.001"), new BigDecimal("60000.0"));
            }
            assertThat(reconciler.run(accountOf(user))).isTrue();
        } finally {
            polling.start();
        }
        awaitPollRounds(2);

        assertThat(fake.requests(EXECUTIONS).stream().filter(r -> keyOf(user).equals(r.apiKey()) && !r.param("cursor").isEmpty()))
                .isNotEmpty();
        assertThat(jdbc.sql("select count(*) from fills where client_order_id = ?").param(id.value()).query(Long.class).single())
                .isEqualTo(150);
        assertThat(positionSize(bot)).isEqualByComparingTo("0.150");
        assertThat(orders.find(id).orElseThrow().status()).isEqualTo(OrderStatus.FILLED);
        assertThat(envelopes(OrderFilled.class, f -> f.clientOrderId().equals(id))).hasSize(150);
    }

    @Test
    void ordersQuorumDidNotPlaceAreFlaggedToTheUserOnceAndLeftAlone() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user));
        var buy = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("58000.0"), Quantity.of("0.010"), 3, false));
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(buy.payload().clientOrderId()));
        FakeBybitOrder resting = account.placeByHand("BTCUSDT", "Sell", new BigDecimal("0.005"), new BigDecimal("65000.0"), "");
        FakeBybitOrder market = account.placeByHand("BTCUSDT", "Buy", new BigDecimal("0.002"), null, "my-script-7");
        account.fill(market.orderLinkId(), new BigDecimal("60000.0"));
        // a client order id of a bot that is not Quorum's
        FakeBybitOrder lookalike = account.placeByHand("BTCUSDT", "Buy", new BigDecimal("0.001"), new BigDecimal("50000.0"),
                ClientOrderId.forIntent(BotId.random(), IntentId.random()).value());

        assertThat(reconciler.run(accountOf(user))).isTrue();
        assertThat(reconciler.run(accountOf(user))).isTrue();
        awaitPollRounds(3);

        var flagged = await().atMost(Duration.ofSeconds(60))
                .until(() -> envelopes(ForeignOrderDetected.class, f -> f.userId().equals(user)), found -> found.size() >= 3);
        assertThat(flagged).hasSize(3);
        assertThat(flagged).extracting(f -> f.payload().venueOrderId())
                .containsExactlyInAnyOrder(resting.orderId(), market.orderId(), lookalike.orderId());
        var byHand = flagged.stream().filter(f -> f.payload().venueOrderId().equals(resting.orderId())).findFirst().orElseThrow();
        assertThat(byHand.payload().seenIn()).isEqualTo("open-orders");
        assertThat(byHand.payload().side()).isEqualTo(Side.SELL);
        assertThat(byHand.payload().quantity()).isEqualTo(Quantity.of("0.005"));
        assertThat(byHand.payload().price()).isEqualTo(Price.of("65000.0"));
        assertThat(byHand.payload().orderLinkId()).isEmpty();
        var script = flagged.stream().filter(f -> f.payload().venueOrderId().equals(market.orderId())).findFirst().orElseThrow();
        assertThat(script.payload().seenIn()).isEqualTo("executions");
        assertThat(script.payload().orderLinkId()).isEqualTo("my-script-7");
        // left alone on the venue, and not taken into any bot's position
        assertThat(account.order(resting.orderLinkId()).orElseThrow().isOpen()).isTrue();
        assertThat(account.order(lookalike.orderLinkId()).orElseThrow().isOpen()).isTrue();
        assertThat(fake.requests("/v5/order/cancel").stream().filter(r -> keyOf(user).equals(r.apiKey()))).isEmpty();
        assertThat(jdbc.sql("select count(*) from positions where user_id = ?").param(user.value()).query(Long.class).single())
                .isZero();
        // Bybit holds 0.002 long that no bot of Quorum's holds: recorded, shown, not "fixed"
        var view = reconciliationView.reconciliation(user.value().toString());
        assertThat(view.reconciledSinceStart()).isTrue();
        assertThat(view.lastRun().result()).isEqualTo("MISMATCH");
        assertThat(view.foreignOrders()).hasSize(3);
        assertThat(view.positionMismatches()).singleElement().satisfies(mismatch -> {
            assertThat(mismatch.venueSize()).isEqualByComparingTo("0.002");
            assertThat(mismatch.quorumSize()).isEqualByComparingTo("0");
        });
    }

    @Test
    void aStopLossBybitTriggersClosesTheBotsPositionOnceWithBybitsPriceAndFee() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user));
        var entry = approve(user, bot, OrderSpec.market(BTC, Side.BUY, Quantity.of("0.010"), 5, false)
                .protectedBy(Price.of("58000.0"), Price.of("63000.0")));
        var entryId = entry.payload().clientOrderId();
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(entryId));
        account.fill(entryId.value(), new BigDecimal("60000.0"));
        awaitEnvelope(PositionChanged.class, p -> p.botId().equals(bot) && p.side() == PositionSide.LONG);
        // an order of the bot's left resting in the symbol, so the fill polling reads the symbol's executions too
        var resting = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("50000.0"), Quantity.of("0.001"), 5, false));
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(resting.payload().clientOrderId()));

        FakeBybitOrder stop = account.triggerStopLoss(BTC.value(), new BigDecimal("57990.0"));
        awaitPollRounds(2);
        assertThat(reconciler.run(accountOf(user))).isTrue();
        awaitEnvelope(PositionChanged.class, p -> p.botId().equals(bot) && p.side() == PositionSide.FLAT);
        awaitPollRounds(2);
        assertThat(reconciler.run(accountOf(user))).isTrue();
        awaitPollRounds(2); // whatever a second application would have published has had time to arrive

        var closes = envelopes(OrderFilled.class, f -> f.botId().equals(bot) && !f.clientOrderId().equals(entryId));
        assertThat(closes).singleElement().satisfies(close -> {
            assertThat(close.payload().order().side()).isEqualTo(Side.SELL);
            assertThat(close.payload().order().reduceOnly()).isTrue();
            assertThat(close.payload().price()).isEqualTo(Price.of("57990.0"));
            assertThat(close.payload().quantity()).isEqualTo(Quantity.of("0.010"));
            assertThat(close.payload().remaining().isZero()).isTrue();
            // Bybit's taker fee on 0.010 at 57990
            assertThat(close.payload().fee().value()).isEqualByComparingTo("0.3189450");
        });
        var closeId = closes.getFirst().payload().clientOrderId();
        assertThat(envelopes(OrderPlaced.class, p -> p.clientOrderId().equals(closeId))).singleElement()
                .satisfies(placed -> assertThat(placed.payload().venue()).isEqualTo("bybit"));
        var flat = envelopes(PositionChanged.class, p -> p.botId().equals(bot) && p.side() == PositionSide.FLAT);
        assertThat(flat).singleElement().satisfies(changed -> {
            assertThat(changed.payload().reason()).startsWith("stop-loss executed by Bybit (order " + stop.orderId() + ")");
            // entry 0.010 at 60000, closed at 57990
            assertThat(changed.payload().realizedPnl().value()).isEqualByComparingTo("-20.10");
            assertThat(changed.payload().stopLoss()).isNull();
        });
        assertThat(account.walletUsdt()).isEqualByComparingTo(new BigDecimal("10000")
                .add(flat.getFirst().payload().realizedPnl().value()).subtract(flat.getFirst().payload().feesPaid().value()));
        assertThat(positionSize(bot)).isZero();
        assertThat(jdbc.sql("select count(*) from venue_fills where client_order_id = ?").param(closeId.value())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(envelopes(ForeignOrderDetected.class, f -> f.userId().equals(user))).isEmpty();
        assertThat(envelopes(BotStopTriggered.class, s -> s.botId().equals(bot))).isEmpty();
        var view = reconciliationView.reconciliation(user.value().toString());
        assertThat(view.lastRun().result()).isEqualTo("OK");
        assertThat(view.positionMismatches()).isEmpty();
    }

    @Test
    void aLiquidationByBybitClosesTheBotsPositionOnceAndStopsTheBot() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user));
        var entry = approve(user, bot, OrderSpec.market(BTC, Side.SELL, Quantity.of("0.010"), 5, false));
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(entry.payload().clientOrderId()));
        account.fill(entry.payload().clientOrderId().value(), new BigDecimal("60000.0"));
        awaitEnvelope(PositionChanged.class, p -> p.botId().equals(bot) && p.side() == PositionSide.SHORT);

        // another bot's order resting in the symbol keeps the fill polling reading it (a round shows time has passed)
        var resting = approve(user, BotId.random(), OrderSpec.limit(BTC, Side.BUY, Price.of("50000.0"), Quantity.of("0.001"), 5, false));
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(resting.payload().clientOrderId()));

        account.liquidate(BTC.value(), new BigDecimal("71700.0"));
        assertThat(reconciler.run(accountOf(user))).isTrue();
        awaitEnvelope(BotStopTriggered.class, s -> s.botId().equals(bot));
        assertThat(reconciler.run(accountOf(user))).isTrue();
        awaitPollRounds(2);

        var flat = envelopes(PositionChanged.class, p -> p.botId().equals(bot) && p.side() == PositionSide.FLAT);
        assertThat(flat).singleElement().satisfies(changed ->
                assertThat(changed.payload().reason()).startsWith("liquidation executed by Bybit"));
        assertThat(envelopes(OrderFilled.class, f -> f.botId().equals(bot) && f.order().side() == Side.BUY))
                .singleElement().satisfies(close -> assertThat(close.payload().price()).isEqualTo(Price.of("71700.0")));
        var stopped = awaitEnvelope(BotStopTriggered.class, s -> s.botId().equals(bot));
        assertThat(stopped.payload().reason()).startsWith("liquidated on Bybit");
        assertThat(envelopes(BotStopTriggered.class, s -> s.botId().equals(bot))).hasSize(1);
        assertThat(envelopes(ForeignOrderDetected.class, f -> f.userId().equals(user))).isEmpty();
        assertThat(reconciliationView.reconciliation(user.value().toString()).positionMismatches()).isEmpty();
    }

    @Test
    void aStopBybitTriggersOnAPositionTwoBotsShareIsFlaggedNotGuessed() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user));
        BotId other = BotId.random();
        var first = approve(user, bot, OrderSpec.market(BTC, Side.BUY, Quantity.of("0.004"), 5, false)
                .protectedBy(Price.of("58000.0"), null));
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(first.payload().clientOrderId()));
        account.fill(first.payload().clientOrderId().value(), new BigDecimal("60000.0"));
        var second = approve(user, other, OrderSpec.market(BTC, Side.BUY, Quantity.of("0.006"), 5, false));
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(second.payload().clientOrderId()));
        account.fill(second.payload().clientOrderId().value(), new BigDecimal("60100.0"));
        awaitEnvelope(PositionChanged.class, p -> p.botId().equals(other) && p.side() == PositionSide.LONG);

        // Bybit nets both bots into one long of 0.010; its stop closes all of it, and no one bot's position is that
        FakeBybitOrder stop = account.triggerStopLoss(BTC.value(), new BigDecimal("57990.0"));
        assertThat(reconciler.run(accountOf(user))).isTrue();
        assertThat(reconciliation.lastRun(accountOf(user)).orElseThrow().detail()).contains("no single bot");
        assertThat(reconciler.run(accountOf(user))).isTrue();
        awaitEnvelope(ForeignOrderDetected.class, f -> f.userId().equals(user));
        awaitPollRounds(2);

        var flagged = envelopes(ForeignOrderDetected.class, f -> f.userId().equals(user));
        assertThat(flagged).singleElement().satisfies(f -> {
            assertThat(f.payload().venueOrderId()).isEqualTo(stop.orderId());
            assertThat(f.payload().seenIn()).isEqualTo("executions");
        });
        assertThat(positionSize(bot)).isEqualByComparingTo("0.004");
        assertThat(positionSize(other)).isEqualByComparingTo("0.006");
        assertThat(envelopes(PositionChanged.class, p -> p.userId().equals(user) && p.side() == PositionSide.FLAT)).isEmpty();
        var view = reconciliationView.reconciliation(user.value().toString());
        assertThat(view.lastRun().result()).isEqualTo("MISMATCH");
        assertThat(view.positionMismatches()).singleElement().satisfies(mismatch -> {
            assertThat(mismatch.venueSize()).isEqualByComparingTo("0");
            assertThat(mismatch.quorumSize()).isEqualByComparingTo("0.010");
        });
    }

    @Test
    void aBybitCloseFlaggedWhileTwoBotsHeldTheSymbolIsNotGivenToTheBotLeftWhenReadAgain() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user));
        BotId other = BotId.random();
        var first = approve(user, bot, OrderSpec.market(BTC, Side.BUY, Quantity.of("0.004"), 5, false));
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(first.payload().clientOrderId()));
        account.fill(first.payload().clientOrderId().value(), new BigDecimal("60000.0"));
        var second = approve(user, other, OrderSpec.market(BTC, Side.BUY, Quantity.of("0.006"), 5, false));
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(second.payload().clientOrderId()));
        account.fill(second.payload().clientOrderId().value(), new BigDecimal("60000.0"));
        awaitEnvelope(PositionChanged.class, p -> p.botId().equals(other) && p.side() == PositionSide.LONG);

        // a partial stop of 0.004: either bot's share could be it, so it is flagged
        FakeBybitOrder stop = account.triggerPartialStopLoss(BTC.value(), new BigDecimal("0.004"), new BigDecimal("57990.0"));
        assertThat(reconciler.run(accountOf(user))).isTrue();
        awaitEnvelope(ForeignOrderDetected.class, f -> f.userId().equals(user) && f.venueOrderId().equals(stop.orderId()));
        // then the other bot closes its own 0.006, so one bot is left holding exactly the stop's size
        var close = approve(user, other, OrderSpec.market(BTC, Side.SELL, Quantity.of("0.006"), 5, true));
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(close.payload().clientOrderId()));
        account.fill(close.payload().clientOrderId().value(), new BigDecimal("58000.0"));
        awaitEnvelope(PositionChanged.class, p -> p.botId().equals(other) && p.side() == PositionSide.FLAT);
        assertThat(reconciler.run(accountOf(user))).isTrue(); // reads the stop's execution again (within the cursor's margin)

        assertThat(positionSize(bot)).isEqualByComparingTo("0.004");
        assertThat(envelopes(PositionChanged.class, p -> p.botId().equals(bot) && p.side() == PositionSide.FLAT)).isEmpty();
        assertThat(reconciliationView.reconciliation(user.value().toString()).positionMismatches()).singleElement()
                .satisfies(mismatch -> assertThat(mismatch.quorumSize()).isEqualByComparingTo("0.004"));
    }

    @Test
    void aTradeByHandThatReducesTheBotsPositionIsFlaggedNeverApplied() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user));
        var entry = approve(user, bot, OrderSpec.market(BTC, Side.BUY, Quantity.of("0.010"), 5, false));
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(entry.payload().clientOrderId()));
        account.fill(entry.payload().clientOrderId().value(), new BigDecimal("60000.0"));
        awaitEnvelope(PositionChanged.class, p -> p.botId().equals(bot) && p.side() == PositionSide.LONG);

        var resting = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("50000.0"), Quantity.of("0.001"), 5, false));
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(resting.payload().clientOrderId()));
        FakeBybitOrder byHand = account.placeByHand("BTCUSDT", "Sell", new BigDecimal("0.004"), null, "");
        account.fill(byHand.orderLinkId(), new BigDecimal("60200.0"));
        assertThat(reconciler.run(accountOf(user))).isTrue();
        awaitEnvelope(ForeignOrderDetected.class, f -> f.userId().equals(user));
        awaitPollRounds(2);

        assertThat(envelopes(ForeignOrderDetected.class, f -> f.userId().equals(user))).singleElement()
                .satisfies(f -> assertThat(f.payload().venueOrderId()).isEqualTo(byHand.orderId()));
        assertThat(positionSize(bot)).isEqualByComparingTo("0.010");
        assertThat(envelopes(OrderFilled.class, f -> f.botId().equals(bot))).hasSize(1);
        assertThat(reconciliationView.reconciliation(user.value().toString()).positionMismatches()).singleElement()
                .satisfies(mismatch -> assertThat(mismatch.venueSize()).isEqualByComparingTo("0.006"));
    }

    @Test
    void fundingOnTheBotsPositionIsNeitherAForeignOrderNorAFill() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user));
        var entry = approve(user, bot, OrderSpec.market(BTC, Side.BUY, Quantity.of("0.010"), 5, false));
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(entry.payload().clientOrderId()));
        account.fill(entry.payload().clientOrderId().value(), new BigDecimal("60000.0"));
        awaitEnvelope(PositionChanged.class, p -> p.botId().equals(bot) && p.side() == PositionSide.LONG);

        account.chargeFunding("BTCUSDT", new BigDecimal("60100.0"), new BigDecimal("0.0601"));
        // a trade by hand after the funding: once it is flagged, the run has read past the funding entry
        FakeBybitOrder byHand = account.placeByHand("BTCUSDT", "Sell", new BigDecimal("0.001"), null, "");
        account.fill(byHand.orderLinkId(), new BigDecimal("60200.0"));
        assertThat(reconciler.run(accountOf(user))).isTrue();
        awaitEnvelope(ForeignOrderDetected.class, f -> f.userId().equals(user) && f.venueOrderId().equals(byHand.orderId()));
        assertThat(reconciler.run(accountOf(user))).isTrue();

        assertThat(reconciliationView.reconciliation(user.value().toString()).foreignOrders()).singleElement()
                .satisfies(seen -> assertThat(seen.venueOrderId()).isEqualTo(byHand.orderId()));
        assertThat(envelopes(ForeignOrderDetected.class, f -> f.userId().equals(user))).singleElement();
        assertThat(positionSize(bot)).isEqualByComparingTo("0.010");
        assertThat(envelopes(OrderFilled.class, f -> f.botId().equals(bot))).hasSize(1);
    }

    @Test
    void anApprovalArrivingBeforeItsAccountIsReconciledIsPlacedOnceAfterIt() {
        UserId user = userWithAccount("10000");
        // Bybit's position list fails three times: the account's first reconciliation fails, and is retried
        fake.failNext(keyOf(user), POSITIONS, 3, FakeBybitFault.httpStatus(502));
        var buy = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("59000.0"), Quantity.of("0.010"), 3, false));
        var id = buy.payload().clientOrderId();

        var placed = awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(id));

        assertThat(placed.causationId()).isEqualTo(buy.eventId());
        assertThat(creates(id)).isEqualTo(1);
        var positionReads = fake.requests(POSITIONS).stream().filter(r -> keyOf(user).equals(r.apiKey())).toList();
        assertThat(positionReads).hasSizeGreaterThanOrEqualTo(4);
        var create = fake.requests(CREATE).stream().filter(r -> id.value().equals(r.param("orderLinkId"))).findFirst().orElseThrow();
        assertThat(create.received()).isAfterOrEqualTo(positionReads.get(3).received());
        assertThat(reconciliation.lastRun(accountOf(user)).orElseThrow().runs()).isGreaterThanOrEqualTo(4);
        assertThat(envelopes(OrderRejectedByVenue.class, r -> r.clientOrderId().equals(id))).isEmpty();
        assertThat(jdbc.sql("select count(*) from held_approvals where event_id = ?").param(buy.eventId().value())
                .query(Long.class).single()).isZero();
    }

    private static String accountOf(UserId user) {
        return BybitAccounts.idOf(keyOf(user));
    }

    private BigDecimal positionSize(BotId of) {
        return jdbc.sql("select size from positions where bot_id = ?").param(of.value()).query(BigDecimal.class).single();
    }

    @Test
    void eachAccountsWalletIsPublishedToItsUserAndFollowsTheVenue() {
        UserId trader = userWithAccount("5000");
        approve(trader, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("50000.0"), Quantity.of("0.010"), 5, false));
        // the order ties up margin: equity stays the wallet, what is available shrinks
        var first = awaitEnvelope(WalletBalanceObserved.class, w -> w.userId().equals(trader)
                && w.available().value().compareTo(new BigDecimal("5000")) < 0);
        assertThat(first.payload().equity().value()).isEqualByComparingTo("5000");
        assertThat(first.payload().venue()).isEqualTo("bybit-demo");

        fake.account(keyOf(trader)).setWalletUsdt(new BigDecimal("3200.5"));

        awaitEnvelope(WalletBalanceObserved.class, w -> w.userId().equals(trader)
                && w.equity().value().compareTo(new BigDecimal("3200.5")) == 0);
    }

    @Test
    void aUserWithAStoredKeyHasTheirWalletPublishedBeforeTheirFirstOrder() {
        UserId keyHolder = userWithAccount("777");
        jdbc.sql("insert into data_keys (user_id, master_key_id, wrapped_key, created_at) values (?, 'test', ?, now())")
                .params(keyHolder.value(), new byte[] {1}).update();
        jdbc.sql("""
                        insert into api_key_sets (user_id, venue, label, api_key, api_secret, fingerprint, created_at, updated_at)
                        values (?, 'DEMO', 'test', ?, ?, 'test', now(), now())""")
                .params(keyHolder.value(), new byte[] {1}, new byte[] {1}).update();

        var observed = awaitEnvelope(WalletBalanceObserved.class, w -> w.userId().equals(keyHolder));
        assertThat(observed.payload().equity().value()).isEqualByComparingTo("777");
        assertThat(observed.payload().available().value()).isEqualByComparingTo("777");
    }

    @Test
    void aUserWithoutAnAccountGetsNoWallet() {
        UserId stranger = UserId.random(); // an order recorded for them, but no key: no account, nothing read
        UserId other = userWithAccount("100");
        jdbc.sql("insert into data_keys (user_id, master_key_id, wrapped_key, created_at) values (?, 'test', ?, now())")
                .params(stranger.value(), new byte[] {1}).update();
        jdbc.sql("""
                        insert into api_key_sets (user_id, venue, label, api_key, api_secret, fingerprint, created_at, updated_at)
                        values (?, 'DEMO', 'test', ?, ?, 'test', now(), now())""")
                .params(stranger.value(), new byte[] {1}, new byte[] {1}).update();
        approve(other, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("50000.0"), Quantity.of("0.001"), 5, false));
        // three rounds published the other user's wallet, and each round looked at the stranger too
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                envelopes(WalletBalanceObserved.class, w -> w.userId().equals(other)).size() >= 3);
        assertThat(envelopes(WalletBalanceObserved.class, w -> w.userId().equals(stranger))).isEmpty();
    }
}
