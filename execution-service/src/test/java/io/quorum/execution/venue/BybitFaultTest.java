package io.quorum.execution.venue;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.bots.BotStopTriggered;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.OrderPlaced;
import io.quorum.contracts.executions.OrderRejectedByVenue;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import io.quorum.execution.orders.VenueOrder;
import io.quorum.execution.venue.bybit.BybitLinearClient;
import io.quorum.execution.venue.bybit.BybitSettings;
import io.quorum.testkit.FakeBybitAccount;
import io.quorum.testkit.FakeBybitFault;
import io.quorum.testkit.FakeBybitOrder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bybit's faults through the whole live path — the approval from Kafka, the production client and gateway against
 * FakeBybit, the fill polling, the database — one scripted fault per scenario on an account of its own. After each:
 * exactly one venue order per intent the venue took (none for one it refused), every intent ended (filled or rejected:
 * nothing left submitting or open), each execution applied once, and the ledger — the fills and the bot's position, its
 * realized PnL and fees — equal to the venue's executions, position and wallet. Then the account trades on: a second
 * order is placed, filled, and the position closed, proving the path recovered from the fault.
 */
class BybitFaultTest extends BybitVenueTest {

    private static final BigDecimal START = new BigDecimal("10000");
    private static final Quantity QTY = Quantity.of("0.010");

    /** What the fault leaves of the first order. */
    enum Outcome { FILLED, REJECTED, BOT_STOPS }

    enum Fault {
        TIMEOUT_AFTER_ACCEPT(Outcome.FILLED),
        HTTP_5XX(Outcome.FILLED),
        SERVER_ERROR_10016(Outcome.FILLED),
        DUPLICATE_110072(Outcome.FILLED),
        RATE_LIMIT_10006(Outcome.FILLED),
        CLOCK_10002(Outcome.FILLED),
        INVALID_KEY_10003(Outcome.BOT_STOPS),
        INSUFFICIENT_BALANCE_110007(Outcome.REJECTED),
        PARTIAL_FILLS_OVER_SEVERAL_POLLS(Outcome.FILLED);

        final Outcome outcome;

        Fault(Outcome outcome) {
            this.outcome = outcome;
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Fault.class)
    void afterEachFaultOneOrderPerIntentEveryIntentEndedAndTheLedgerEqualsTheVenue(Fault fault) {
        UserId user = userWithAccount(START.toPlainString());
        BotId bot = BotId.random();
        FakeBybitAccount account = fake.account(keyOf(user));
        Envelope<OrderApproved> first = approval(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("60000.0"), QTY, 3, false));
        ClientOrderId firstId = first.payload().clientOrderId();
        Instant rateLimitReset = Instant.now().plusMillis(1500);
        int clockReadsBefore = fake.requests(MARKET_TIME).size();

        switch (fault) {
            case TIMEOUT_AFTER_ACCEPT -> fake.failNext(CREATE, 1, FakeBybitFault.slowAnswer(Duration.ofSeconds(4), true));
            case HTTP_5XX -> fake.failNext(CREATE, 2, FakeBybitFault.httpStatus(502));
            case SERVER_ERROR_10016 -> fake.failNext(CREATE, 1, FakeBybitFault.retCode(10016));
            case DUPLICATE_110072 -> // the order reached Bybit before (an earlier, unrecorded creation): Bybit says 110072
                    new BybitLinearClient(BybitSettings.local(fake.baseUrl(), Duration.ofSeconds(5), Duration.ofMillis(50)),
                            KEYS.get(user), Clock.systemUTC())
                            .create(LivePlacement.request(VenueOrder.submitting(first.payload(), first.occurredAt())));
            case RATE_LIMIT_10006 -> fake.failNext(CREATE, 1, FakeBybitFault.rateLimited(rateLimitReset));
            case CLOCK_10002 -> fake.failNext(CREATE, 1, FakeBybitFault.retCode(10002));
            case INVALID_KEY_10003 -> fake.failNext(CREATE, 1, FakeBybitFault.retCode(10003));
            case INSUFFICIENT_BALANCE_110007 -> fake.failNext(CREATE, 1, FakeBybitFault.retCode(110007));
            case PARTIAL_FILLS_OVER_SEVERAL_POLLS -> {
            }
        }
        probe.publish(first);

        switch (fault.outcome) {
            case FILLED -> {
                awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(firstId));
                if (fault == Fault.PARTIAL_FILLS_OVER_SEVERAL_POLLS) {
                    account.fill(firstId.value(), new BigDecimal("0.003"), new BigDecimal("60000.0"));
                    awaitEnvelope(OrderFilled.class, f -> f.clientOrderId().equals(firstId));
                    awaitPollRounds(2);
                    account.fill(firstId.value(), new BigDecimal("0.003"), new BigDecimal("59995.0"));
                    account.repeatNewestExecution(); // listed twice
                    awaitEnvelope(OrderFilled.class, f -> f.clientOrderId().equals(firstId) && f.remaining().equals(Quantity.of("0.004")));
                    awaitPollRounds(2);
                    account.fill(firstId.value(), new BigDecimal("0.004"), new BigDecimal("59990.0"));
                } else {
                    account.fill(firstId.value(), new BigDecimal("60000.0"));
                }
                awaitEnvelope(OrderFilled.class, f -> f.clientOrderId().equals(firstId) && f.remaining().isZero());
            }
            case REJECTED -> assertThat(awaitEnvelope(OrderRejectedByVenue.class, r -> r.clientOrderId().equals(firstId))
                    .payload().reason()).startsWith("insufficient balance").contains("110007");
            case BOT_STOPS -> {
                awaitEnvelope(OrderRejectedByVenue.class, r -> r.clientOrderId().equals(firstId));
                assertThat(awaitEnvelope(BotStopTriggered.class, s -> s.botId().equals(bot)).payload().reason())
                        .contains("API key").contains("10003");
            }
        }
        switch (fault) {
            case TIMEOUT_AFTER_ACCEPT, SERVER_ERROR_10016, HTTP_5XX ->
                    assertThat(fake.requests(REALTIME).stream().filter(r -> firstId.value().equals(r.param("orderLinkId"))))
                            .as("looked up by orderLinkId before any retry").isNotEmpty();
            case DUPLICATE_110072 -> assertThat(creates(firstId)).isEqualTo(2); // the earlier one, and the one Bybit refused
            case RATE_LIMIT_10006 -> assertThat(fake.requests(CREATE).stream()
                    .filter(r -> firstId.value().equals(r.param("orderLinkId"))).map(r -> r.received()).toList())
                    .hasSize(2).last().satisfies(retry -> assertThat(retry).isAfterOrEqualTo(rateLimitReset));
            case CLOCK_10002 -> assertThat(fake.requests(MARKET_TIME).size()).isGreaterThan(clockReadsBefore);
            case INVALID_KEY_10003, INSUFFICIENT_BALANCE_110007 -> assertThat(creates(firstId)).isEqualTo(1); // no retry
            default -> {
            }
        }

        // the account trades on after the fault: one more order, then the position closed
        var second = approve(user, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("60010.0"), QTY, 3, false));
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(second.payload().clientOrderId()));
        account.fill(second.payload().clientOrderId().value(), new BigDecimal("60010.0"));
        awaitEnvelope(OrderFilled.class, f -> f.clientOrderId().equals(second.payload().clientOrderId()));
        Quantity held = fault.outcome == Outcome.FILLED ? Quantity.of("0.020") : QTY;
        var close = approve(user, bot, OrderSpec.market(BTC, Side.SELL, held, 3, true));
        awaitEnvelope(OrderPlaced.class, p -> p.clientOrderId().equals(close.payload().clientOrderId()));
        account.fill(close.payload().clientOrderId().value(), new BigDecimal("60200.0"));
        awaitEnvelope(OrderFilled.class, f -> f.clientOrderId().equals(close.payload().clientOrderId()) && f.remaining().isZero());

        List<ClientOrderId> taken = fault.outcome == Outcome.FILLED
                ? List.of(firstId, second.payload().clientOrderId(), close.payload().clientOrderId())
                : List.of(second.payload().clientOrderId(), close.payload().clientOrderId());
        assertOneVenueOrderPerIntent(account, taken);
        assertEveryIntentEnded(user, fault.outcome == Outcome.FILLED ? 0 : 1);
        assertLedgerEqualsVenue(user, bot, account);
    }

    private void assertOneVenueOrderPerIntent(FakeBybitAccount account, List<ClientOrderId> taken) {
        assertThat(account.orders()).extracting(FakeBybitOrder::orderLinkId)
                .containsExactlyInAnyOrderElementsOf(taken.stream().map(ClientOrderId::value).toList());
    }

    private void assertEveryIntentEnded(UserId user, int rejected) {
        Map<String, Long> statuses = jdbc.sql("select status, count(*) from venue_orders where user_id = ? group by status")
                .param(user.value()).query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(statuses).containsOnlyKeys(rejected == 0 ? List.of("FILLED") : List.of("FILLED", "REJECTED"));
        assertThat(statuses.getOrDefault("REJECTED", 0L)).isEqualTo(rejected);
    }

    /** The fills table holds exactly the venue's executions, each once; position, PnL and fees follow from them. */
    private void assertLedgerEqualsVenue(UserId user, BotId bot, FakeBybitAccount account) {
        List<String> ledger = jdbc.sql("select client_order_id, quantity, price, fee from fills where user_id = ?")
                .param(user.value())
                .query((rs, row) -> line(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4))).list();
        List<String> venue = account.executions().stream()
                .map(execution -> line(execution.orderLinkId(), execution.qty(), execution.price(), execution.fee())).toList();
        assertThat(ledger).containsExactlyInAnyOrderElementsOf(venue);
        assertThat(jdbc.sql("select count(*) from venue_fills f join venue_orders o using (client_order_id) where o.user_id = ?")
                .param(user.value()).query(Long.class).single()).isEqualTo(account.executions().size());
        var position = jdbc.sql("select side, size, realized_pnl, fees_paid from positions where bot_id = ?").param(bot.value())
                .query((rs, row) -> new Object[] {rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)})
                .single();
        assertThat(position[0]).isEqualTo("FLAT");
        assertThat(account.positionSize(BTC.value())).isZero();
        BigDecimal realized = (BigDecimal) position[2];
        BigDecimal fees = (BigDecimal) position[3];
        assertThat(fees).isEqualByComparingTo(account.executions().stream().map(FakeBybitAccount.Execution::fee)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(account.walletUsdt()).isEqualByComparingTo(START.add(realized).subtract(fees));
    }

    private static String line(String orderLinkId, BigDecimal qty, BigDecimal price, BigDecimal fee) {
        return orderLinkId + " " + qty.stripTrailingZeros().toPlainString() + " @ " + price.stripTrailingZeros().toPlainString()
                + " fee " + fee.stripTrailingZeros().toPlainString();
    }
}
