package io.quorum.allocation.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.quorum.allocation.AllocationApplication;
import io.quorum.allocation.budgets.BudgetReservations;
import io.quorum.allocation.ledger.Account;
import io.quorum.allocation.ledger.BotBudget;
import io.quorum.allocation.ledger.jdbc.Accounts;
import io.quorum.allocation.ledger.BudgetStatus;
import io.quorum.allocation.ledger.ReserveOutcome;
import io.quorum.allocation.market.OrderBooks;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.executions.WalletBalanceObserved;
import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.market.BookLevel;
import io.quorum.contracts.market.OrderBookObserved;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Percent;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.BotTradingHalted;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.contracts.orders.OrderRejected;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import io.quorum.contracts.orders.SlippageBasis;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import io.quorum.testkit.EmbeddedInfrastructure;
import io.quorum.testkit.EventProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The allocation with the venue's view, on a Kafka broker and PostgreSQL of its own (the pool and the single-order cap
 * are on, as when trading live; the other flow tests share a context with them off): the wallet execution-service
 * observes becomes the user's equity, the reserved pool is never granted, a thin order book scales an order down, a
 * stale or absent book leaves it whole, and a fall of the equity stops new positions without stopping any bot.
 */
@SpringBootTest(classes = AllocationApplication.class, properties = {
        "spring.config.name=" + AllocationApplication.CONFIG_NAME,
        "quorum.allocation.reserved-pool-percent=10",
        "quorum.allocation.max-single-order-percent=25",
        "quorum.execution.twap.min-notional=200"})
@AutoConfigureMockMvc
@DirtiesContext
class VenueViewFlowTest {

    static final String SECRET = "local-dev-gateway-secret";
    // started when the class loads: the probe opens before Spring builds the context that reads their addresses
    static final EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.isolated();
    static EventProbe probe;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.propertiesFor("allocation").forEach((name, value) -> registry.add(name, () -> value));
    }

    @BeforeAll
    static void openProbe() {
        probe = EventProbe.on(infrastructure.kafkaBootstrapServers(), List.of(Topics.ORDER_DECISIONS_NAME));
    }

    @AfterAll
    static void closeProbe() throws InterruptedException {
        probe.close();
    }

    final UserId user = UserId.random();
    final BotId bot = BotId.random();

    @Autowired
    BudgetReservations budgetReservations;
    @Autowired
    Accounts accounts;

    Account account(UserId owner) {
        return accounts.find(owner);
    }

    BotBudget budget(UserId owner, BotId of) {
        return account(owner).budget(of).orElseThrow();
    }

    void reserve(UserId owner, BotId of, String amount) {
        assertThat(budgetReservations.reserve(owner, of, Money.of(amount))).isInstanceOf(ReserveOutcome.Reserved.class);
    }

    static final Symbol BTC = Symbol.of("BTCUSDT");
    static final Symbol ETH = Symbol.of("ETHUSDT");
    /** Each scenario's books lie a day after the previous scenario's: the newest book is always the scenario's own. */
    static final AtomicLong DAY = new AtomicLong();

    final Instant now = Instant.parse("2028-01-01T00:00:00Z").plus(Duration.ofDays(DAY.incrementAndGet()));

    @Autowired
    OrderBooks books;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MockMvc mvc;

    void wallet(String equity, Instant at) {
        probe.publish(Envelope.originating(new WalletBalanceObserved(user, "bybit-demo", Money.of(equity), Money.of(equity)), at));
        await().atMost(Duration.ofSeconds(60)).until(() -> account(user).equity().equals(Money.of(equity)));
    }

    /** Asks 0.004 at 50000, 0.003 at 50500, 0.01 at 51000; the book is stored before any intent is sent. */
    void thinBtcBook(Instant at) {
        probe.publish(Envelope.originating(new OrderBookObserved(BTC,
                List.of(new BookLevel(Price.of("49990"), Quantity.of("1"))),
                List.of(new BookLevel(Price.of("50000"), Quantity.of("0.004")), new BookLevel(Price.of("50500"), Quantity.of("0.003")),
                        new BookLevel(Price.of("51000"), Quantity.of("0.01"))), 50), at));
        await().atMost(Duration.ofSeconds(60)).until(() -> books.latest(BTC).filter(b -> b.observedAt().equals(at)).isPresent());
    }

    Envelope<OrderIntentCreated> intent(BotId bot, OrderSpec order, Instant at) {
        var intent = Envelope.originating(new OrderIntentCreated(IntentId.random(), user, bot, order, null), at);
        probe.publish(intent);
        return intent;
    }

    OrderApproved approved(Envelope<OrderIntentCreated> intent) {
        return probe.awaitEvent(OrderApproved.class, e -> e.intentId().equals(intent.payload().intentId()));
    }

    @Test
    void theObservedWalletIsTheEquityAndItsReservedPoolIsNeverGranted() throws Exception {
        wallet("2000", now);

        assertThat(budgetReservations.reserve(user, BotId.random(), Money.of("1800.01")))
                .isEqualTo(new ReserveOutcome.InsufficientBalance(Money.of("1800.01"), Money.of("1800")));
        assertThat(budgetReservations.reserve(user, bot, Money.of("1800"))).isInstanceOf(ReserveOutcome.Reserved.class);
        mvc.perform(get("/api/balance").header(GatewayHeaders.USER_ID, user.toString())
                        .header(GatewayHeaders.SECRET, SECRET))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.equity").value("2000"))
                .andExpect(jsonPath("$.equitySource").value("venue"))
                .andExpect(jsonPath("$.reservedPool").value("200"))
                .andExpect(jsonPath("$.allocated").value("1800"))
                .andExpect(jsonPath("$.free").value("0"));
        mvc.perform(post("/api/balance/check").header(GatewayHeaders.USER_ID, user.toString())
                        .header(GatewayHeaders.SECRET, SECRET)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"amount\":\"0.01\"}"))
                .andExpect(jsonPath("$.fits").value(false));
    }

    @Test
    void anOlderWalletReadDeliveredLateChangesNothing() {
        wallet("2000", now);

        transactions.executeWithoutResult(status -> accounts.observeVenueEquity(user, Money.of("9000"), now.minusSeconds(30)));

        assertThat(account(user).equity()).isEqualTo(Money.of("2000"));
        assertThat(jdbc.sql("select venue_equity_at from account where user_id = ?").param(user.value())
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).single()).isEqualTo(now);
    }

    @Test
    void aThinBookScalesTheOrderDownAndTheApprovalRecordsHow() {
        reserve(user, bot, "1000");
        thinBtcBook(now);

        var order = OrderSpec.limit(BTC, Side.BUY, Price.of("51000"), Quantity.of("0.010"), 5, false);
        OrderApproved approved = approved(intent(bot, order, now.plusSeconds(5)));

        // 0.010 would slip 0.9 %, 0.008 0.625 %; 0.007 costs 351.5 against 350 at the best ask: 0.428571 %
        assertThat(approved.order()).isEqualTo(OrderSpec.limit(BTC, Side.BUY, Price.of("51000"), Quantity.of("0.007"), 5, false));
        assertThat(approved.scale()).isEqualByComparingTo("0.7");
        assertThat(approved.expectedSlippagePercent()).isEqualTo(Percent.of("0.428571"));
        assertThat(approved.slippageBasis()).isEqualTo(SlippageBasis.BOOK);
        // 0.007 × 51000 = 357: margin 71.4 at 5×, taker fee 0.19635 — reserved for the scaled order alone
        assertThat(approved.estimatedFee()).isEqualTo(Money.of("0.19635"));
        assertThat(approved.reserved()).isEqualTo(Money.of("71.59635"));
        assertThat(budget(user, bot).reserved()).isEqualTo(Money.of("71.59635"));
        Map<String, Object> row = jdbc.sql("""
                        select amount, expected_slippage_percent, estimated_fee, scale, slippage_basis
                        from reservation where intent_id = ?""").param(approved.intentId().value()).query().singleRow();
        assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo("71.59635");
        assertThat((BigDecimal) row.get("expected_slippage_percent")).isEqualByComparingTo("0.428571");
        assertThat((BigDecimal) row.get("estimated_fee")).isEqualByComparingTo("0.19635");
        assertThat((BigDecimal) row.get("scale")).isEqualByComparingTo("0.7");
        assertThat(row.get("slippage_basis")).isEqualTo("BOOK");
    }

    @Test
    void anOpeningMarketOrderAtOrAboveTheTwapThresholdAtTheBooksPriceIsApprovedMarkedToBeSliced() {
        reserve(user, bot, "1000");
        thinBtcBook(now);

        // 0.005 reaches 50500 in the asks: × 1.005 = 50752.5, a notional of 253.7625 ≥ 200 (quorum.execution.twap.min-notional)
        var large = OrderSpec.market(BTC, Side.BUY, Quantity.of("0.005"), 5, false);
        OrderApproved approved = approved(intent(bot, large, now.plusSeconds(5)));
        assertThat(approved.twapBySize()).isTrue();
        assertThat(approved.order()).isEqualTo(large);
        // reserved at that price: margin 50.7525 at 5×, taker fee 0.13956938 (0.055 %)
        assertThat(approved.reserved()).isEqualTo(Money.of("253.7625").times(new BigDecimal("0.2"))
                .plus(approved.estimatedFee()));
        assertThat(budget(user, bot).reserved()).isEqualTo(approved.reserved());

        // 0.003 stays at 50000: × 1.005 = 50250, a notional of 150.75 — below the threshold, refused as before
        var small = intent(bot, OrderSpec.market(BTC, Side.BUY, Quantity.of("0.003"), 5, false), now.plusSeconds(6));
        OrderRejected refused = probe.awaitEvent(OrderRejected.class, e -> e.intentId().equals(small.payload().intentId()));
        assertThat(refused.reason()).isEqualTo("market orders need a reference price");
        // a limit order is priced by the venue itself: never marked
        assertThat(approved(intent(bot, OrderSpec.limit(BTC, Side.BUY, Price.of("50000"), Quantity.of("0.004"), 5, false),
                now.plusSeconds(7))).twapBySize()).isNull();
    }

    @Test
    void aStaleBookOrNoBookLeavesTheOrderWhole() {
        reserve(user, bot, "1000");
        thinBtcBook(now);
        var btc = OrderSpec.limit(BTC, Side.BUY, Price.of("51000"), Quantity.of("0.010"), 5, false);
        var eth = OrderSpec.limit(ETH, Side.BUY, Price.of("2000"), Quantity.of("0.5"), 5, false);

        OrderApproved stale = approved(intent(bot, btc, now.plus(Duration.ofMinutes(2))));
        OrderApproved bookless = approved(intent(bot, eth, now));

        assertThat(stale.order()).isEqualTo(btc);
        assertThat(stale.scale()).isEqualByComparingTo("1");
        assertThat(stale.expectedSlippagePercent()).isNull();
        assertThat(stale.slippageBasis()).isEqualTo(SlippageBasis.STALE_BOOK);
        assertThat(bookless.order()).isEqualTo(eth);
        assertThat(bookless.scale()).isEqualByComparingTo("1");
        assertThat(bookless.slippageBasis()).isEqualTo(SlippageBasis.NO_BOOK);
    }

    @Test
    void aFallOfTheEquityRefusesNewPositionsButStopsNoBotUntilItRecovers() {
        wallet("5000", now);
        reserve(user, bot, "4000");
        var opening = OrderSpec.limit(ETH, Side.BUY, Price.of("2000"), Quantity.of("0.1"), 5, false);
        approved(intent(bot, opening, now));

        wallet("3000", now.plusSeconds(30));

        var refused = intent(bot, opening, now.plusSeconds(31));
        OrderRejected rejected = probe.awaitEvent(OrderRejected.class, e -> e.intentId().equals(refused.payload().intentId()));
        assertThat(rejected.policy()).isEqualTo("ReservedPoolPolicy");
        assertThat(rejected.reason()).isEqualTo("the bots' budgets (4000 USDT) exceed the equity less the reserved pool "
                + "(2700 of 3000 USDT): no new positions until the equity recovers or a bot is stopped");
        var close = OrderSpec.limit(ETH, Side.SELL, Price.of("2100"), Quantity.of("0.1"), 5, true);
        assertThat(approved(intent(bot, close, now.plusSeconds(32))).order()).isEqualTo(close);
        assertThat(budgetReservations.reserve(user, BotId.random(), Money.of("1")))
                .isEqualTo(new ReserveOutcome.InsufficientBalance(Money.of("1"), Money.ZERO));
        assertThat(budget(user, bot).status()).isEqualTo(BudgetStatus.RESERVED);
        assertThat(probe.events(BotTradingHalted.class)).noneMatch(halted -> halted.botId().equals(bot));

        wallet("5000", now.plusSeconds(60));

        assertThat(approved(intent(bot, opening, now.plusSeconds(61))).order()).isEqualTo(opening);
    }
}
