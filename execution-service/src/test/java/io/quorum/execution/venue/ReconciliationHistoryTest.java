package io.quorum.execution.venue;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.OrderCancelled;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.OrderPlaced;
import io.quorum.contracts.executions.OrderRejectedByVenue;
import io.quorum.contracts.executions.PositionMismatchDetected;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import io.quorum.execution.orders.OrderStatus;
import io.quorum.execution.orders.VenueOrder;
import io.quorum.execution.orders.VenueOrders;
import io.quorum.execution.platform.ProcessedEvents;
import io.quorum.execution.venue.bybit.BybitLinearClient;
import io.quorum.execution.venue.bybit.BybitSettings;
import io.quorum.testkit.FakeBybitAccount;
import io.quorum.testkit.FakeBybitOrder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reconciliation against Bybit's order history (orders that ended while Quorum was away, which Bybit no longer answers by
 * orderLinkId in its realtime list) and the position mismatch told to the user once per pair of sizes.
 */
class ReconciliationHistoryTest extends BybitVenueTest {

    private static final String HISTORY = "/v5/order/history";

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
    private ReconciliationRecords records;
    @Autowired
    private FillPolling polling;

    @Test
    void ordersThatEndedWhileQuorumWasAwayAreEndedOnceFromBybitsOrderHistoryWithTheirFillsAppliedOnce() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user)).closedOrdersInRealtimeFor(Duration.ZERO);
        ClientOrderId filled = placed(user, "58000.0", "0.010");
        ClientOrderId partlyThenCancelled = placed(user, "57000.0", "0.010");
        ClientOrderId deactivated = placed(user, "56000.0", "0.010");
        ClientOrderId rejected = placed(user, "55000.0", "0.010");
        ClientOrderId stillOpen = placed(user, "54000.0", "0.010");

        polling.stop(); // Quorum is away: nothing reads Bybit
        try {
            account.fill(filled.value(), new BigDecimal("58000.0"));
            account.fill(partlyThenCancelled.value(), new BigDecimal("0.004"), new BigDecimal("57000.0"));
            account.end(partlyThenCancelled.value(), "Cancelled");
            account.end(deactivated.value(), "Deactivated");
            account.end(rejected.value(), "Rejected");
            // 60 later orders (by hand, ended at once) put Quorum's ended ones beyond the history's first page of 50
            for (int i = 0; i < 60; i++) {
                FakeBybitOrder byHand = account.placeByHand("BTCUSDT", "Buy", new BigDecimal("0.001"), new BigDecimal("40000.0"), "");
                account.end(byHand.orderLinkId(), "Cancelled");
            }
            assertThat(reconciler.run(accountOf(user))).isTrue();
            assertThat(reconciler.run(accountOf(user))).isTrue();
        } finally {
            polling.start();
        }
        awaitPollRounds(3);

        // the realtime list no longer answers them: the history did, read past its first page
        assertThat(fake.requests(HISTORY).stream().filter(r -> keyOf(user).equals(r.apiKey()) && !r.param("cursor").isEmpty()))
                .isNotEmpty();
        assertThat(orders.find(filled).orElseThrow().status()).isEqualTo(OrderStatus.FILLED);
        assertThat(envelopes(OrderFilled.class, f -> f.clientOrderId().equals(filled))).singleElement()
                .satisfies(fill -> assertThat(fill.payload().remaining()).isEqualTo(Quantity.ZERO));
        assertThat(orders.find(partlyThenCancelled).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(envelopes(OrderFilled.class, f -> f.clientOrderId().equals(partlyThenCancelled))).singleElement()
                .satisfies(fill -> assertThat(fill.payload().remaining()).isEqualTo(Quantity.of("0.006")));
        assertThat(envelopes(OrderCancelled.class, c -> c.clientOrderId().equals(partlyThenCancelled))).singleElement()
                .satisfies(cancel -> assertThat(cancel.payload().unfilled()).isEqualTo(Quantity.of("0.006")));
        assertThat(orders.find(deactivated).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(envelopes(OrderCancelled.class, c -> c.clientOrderId().equals(deactivated))).hasSize(1);
        assertThat(orders.find(rejected).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(envelopes(OrderCancelled.class, c -> c.clientOrderId().equals(rejected))).singleElement()
                .satisfies(cancel -> assertThat(cancel.payload().reason()).contains("rejected"));
        assertThat(orders.find(stillOpen).orElseThrow().status()).isEqualTo(OrderStatus.OPEN);
        assertThat(envelopes(OrderCancelled.class, c -> c.clientOrderId().equals(stillOpen))).isEmpty();
        // the ledger equals the venue's executions
        assertThat(jdbc.sql("select size from positions where bot_id = ?").param(bot.value()).query(BigDecimal.class).single())
                .isEqualByComparingTo("0.014");
        assertThat(jdbc.sql("select count(*) from fills where user_id = ?").param(user.value()).query(Long.class).single())
                .isEqualTo(2);
        // the partial fill of the cancelled order, read again by the second run, is known, not "late"
        assertThat(records.lastRun(accountOf(user)).orElseThrow().detail()).doesNotContain("open here").doesNotContain("came after");
    }

    @Test
    void anOrderLeftSubmittingThatEndedLongAgoOnBybitIsFoundInItsHistoryNotRejected() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user)).closedOrdersInRealtimeFor(Duration.ZERO);
        Envelope<OrderApproved> approval = approval(user, bot,
                OrderSpec.limit(BTC, Side.BUY, Price.of("59500.0"), Quantity.of("0.010"), 3, false));
        ClientOrderId id = approval.payload().clientOrderId();
        // recorded SUBMITTING, sent to Bybit, the answer never recorded; while the service was down Bybit filled part of
        // the order and the user cancelled the rest
        transactions.executeWithoutResult(status -> {
            processedEvents.firstDelivery(approval.eventId());
            orders.insertIfAbsent(VenueOrder.submitting(approval.payload(), approval.occurredAt()));
        });
        new BybitLinearClient(BybitSettings.local(fake.baseUrl(), Duration.ofSeconds(5), Duration.ofMillis(50)), KEYS.get(user),
                Clock.systemUTC()).create(LivePlacement.request(orders.find(id).orElseThrow()));
        account.fill(id.value(), new BigDecimal("0.004"), new BigDecimal("59500.0"));
        account.end(id.value(), "Cancelled");

        assertThat(reconciler.run(accountOf(user))).isTrue();
        assertThat(reconciler.run(accountOf(user))).isTrue();

        awaitEnvelope(OrderCancelled.class, c -> c.clientOrderId().equals(id));
        assertThat(envelopes(OrderPlaced.class, p -> p.clientOrderId().equals(id))).hasSize(1);
        assertThat(envelopes(OrderFilled.class, f -> f.clientOrderId().equals(id))).singleElement()
                .satisfies(fill -> assertThat(fill.payload().quantity()).isEqualTo(Quantity.of("0.004")));
        assertThat(envelopes(OrderCancelled.class, c -> c.clientOrderId().equals(id))).hasSize(1);
        assertThat(envelopes(OrderRejectedByVenue.class, r -> r.clientOrderId().equals(id))).isEmpty();
        assertThat(orders.find(id).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(creates(id)).isEqualTo(1);
        assertThat(account.orders()).hasSize(1);
        assertThat(records.lastRun(accountOf(user)).orElseThrow().detail()).doesNotContain("came after");
    }

    @Test
    void anOrderThatEndedBeyondBybitsSevenDaysOfHistoryIsLeftOpenWithANoteForAnOperator() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user)).closedOrdersInRealtimeFor(Duration.ZERO);
        ClientOrderId id = placed(user, "50000.0", "0.010");
        polling.stop();
        try {
            account.end(id.value(), "Cancelled");
            account.backdate(id.value(), Duration.ofDays(8)); // Quorum was away for more than a week

            assertThat(reconciler.run(accountOf(user))).isTrue();
        } finally {
            polling.start();
        }

        assertThat(orders.find(id).orElseThrow().status()).isEqualTo(OrderStatus.OPEN);
        assertThat(envelopes(OrderCancelled.class, c -> c.clientOrderId().equals(id))).isEmpty();
        assertThat(records.lastRun(accountOf(user)).orElseThrow().detail())
                .contains("order " + id.value() + " is open here").contains("seven days of order history");
    }

    @Test
    void aPositionMismatchIsToldOncePerPairOfSizesAndAgainAfterTheSizesAgreedAndDifferAnew() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user));
        String accountId = accountOf(user);
        placed(user, "40000.0", "0.001"); // the user's bot rests an order: the account is one Quorum reconciles

        tradeByHand(account, "Buy", "0.002"); // Bybit: 0.002 long that no bot of Quorum's holds
        assertThat(reconciler.run(accountId)).isTrue();
        assertThat(reconciler.run(accountId)).isTrue(); // the same pair: not told again
        tradeByHand(account, "Buy", "0.001"); // the sizes change: told
        assertThat(reconciler.run(accountId)).isTrue();
        assertThat(reconciler.run(accountId)).isTrue();
        tradeByHand(account, "Sell", "0.003"); // they agree again (both flat): nothing told, forgotten
        assertThat(reconciler.run(accountId)).isTrue();
        assertThat(jdbc.sql("select count(*) from position_mismatches_told where account = ?").param(accountId)
                .query(Long.class).single()).isZero();
        tradeByHand(account, "Buy", "0.002"); // the first pair once more, after they agreed: told anew
        assertThat(reconciler.run(accountId)).isTrue();
        assertThat(reconciler.run(accountId)).isTrue();

        List<Envelope<PositionMismatchDetected>> told = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> envelopes(PositionMismatchDetected.class, m -> m.userId().equals(user)), found -> found.size() >= 3);
        awaitPollRounds(2);
        told = envelopes(PositionMismatchDetected.class, m -> m.userId().equals(user));
        List<String> pairs = new ArrayList<>();
        told.forEach(m -> pairs.add(m.payload().venueSize().toPlainString() + "/" + m.payload().quorumSize().toPlainString()));
        assertThat(pairs).containsExactly("0.002/0", "0.003/0", "0.002/0");
        assertThat(told).allSatisfy(m -> {
            assertThat(m.payload().venue()).isEqualTo("bybit");
            assertThat(m.payload().symbol()).isEqualTo(BTC);
        });
        assertThat(jdbc.sql("select venue_size from position_mismatches_told where account = ? and symbol = 'BTCUSDT'")
                .param(accountId).query(BigDecimal.class).single()).isEqualByComparingTo("0.002");
    }

    private ClientOrderId placed(UserId user, String price, String qty) {
        var approval = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of(price), Quantity.of(qty), 3, false));
        ClientOrderId id = approval.payload().clientOrderId();
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(id));
        return id;
    }

    private static void tradeByHand(FakeBybitAccount account, String side, String qty) {
        FakeBybitOrder order = account.placeByHand("BTCUSDT", side, new BigDecimal(qty), null, "");
        account.fill(order.orderLinkId(), new BigDecimal("60000.0"));
    }

    private static String accountOf(UserId user) {
        return BybitAccounts.idOf(keyOf(user));
    }
}
