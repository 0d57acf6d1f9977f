package io.quorum.execution.venue;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.bots.BotStopTriggered;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.BotOrdersCleared;
import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.executions.OrderCancelled;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.OrderPlaced;
import io.quorum.contracts.executions.OrderRejectedByVenue;
import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.BotTradingHalted;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.PositionProtectionRequested;
import io.quorum.contracts.orders.Side;
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
import java.util.Comparator;
import java.util.List;
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
        // the leverage is set before the first order of the symbol: that call met the key's refusal, once, and no
        // order was sent after it
        assertThat(fake.requests(SET_LEVERAGE).stream().filter(r -> "revoked-key".equals(r.apiKey()))).hasSize(1);
        assertThat(creates(buy.payload().clientOrderId())).isZero();
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
    void stoppingABotWithAPositionClosesItOnBybitWithAReduceOnlyMarketOrder() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user));
        var entry = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("60000.0"), Quantity.of("0.010"), 2, false));
        var resting = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("59000.0"), Quantity.of("0.010"), 2, false));
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(resting.payload().clientOrderId()));
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(entry.payload().clientOrderId()));
        account.fill(entry.payload().clientOrderId().value(), new BigDecimal("60000.0"));
        awaitEnvelope(OrderFilled.class, f -> f.clientOrderId().equals(entry.payload().clientOrderId()));

        probe.publish(Envelope.originating(new BotTradingHalted(user, bot), now()));

        var cleared = awaitEnvelope(BotOrdersCleared.class, c -> c.botId().equals(bot));
        assertThat(cleared.payload().cancelled()).isEqualTo(1);
        var close = awaitEnvelope(OrderPlaced.class, p -> p.botId().equals(bot) && p.order().reduceOnly());
        assertThat(close.payload().order().side()).isEqualTo(Side.SELL);
        assertThat(close.payload().order().quantity()).isEqualTo(Quantity.of("0.010"));
        FakeBybitOrder atVenue = account.order(close.payload().clientOrderId().value()).orElseThrow();
        assertThat(atVenue.reduceOnly()).isTrue();
        assertThat(atVenue.orderType()).isEqualTo("Market");

        account.fill(close.payload().clientOrderId().value(), new BigDecimal("60100.0"));

        var flat = awaitEnvelope(PositionChanged.class, p -> p.botId().equals(bot) && p.side() == PositionSide.FLAT);
        assertThat(flat.payload().realizedPnl().value()).isEqualByComparingTo("1.0");
        assertThat(account.orders()).filteredOn(FakeBybitOrder::isOpen).isEmpty();
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
}
