package io.quorum.execution.venue.bybit;

import static io.quorum.execution.venue.bybit.BybitLinearClientTest.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.Side;
import io.quorum.testkit.FakeBybit;
import io.quorum.testkit.FakeBybitFault;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One intent's order placed through the real client against a fake Bybit scripted to fail: whatever
 * the fault, the venue ends up with at most one order under the intent's orderLinkId.
 */
class OrderGatewayTest {

    private static final String CREATE = "/v5/order/create";
    private static final String REALTIME = "/v5/order/realtime";
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(3); // generous: the build machine is shared and slow

    private final FakeBybit fake = FakeBybit.start();
    private final BybitSettings settings = BybitSettings.local(fake.baseUrl(), CLIENT_TIMEOUT, Duration.ofMillis(20));
    private final BybitCredentials account = new BybitCredentials(FakeBybit.API_KEY, FakeBybit.API_SECRET);
    private final OrderGateway gateway = new OrderGateway(new BybitLinearClient(settings, account, Clock.systemUTC()),
            new OrderRateLimits(10, Duration.ofSeconds(5)).forAccount(account), settings, Clock.systemUTC());
    private final NewOrder buy = NewOrder.limit(id(7), Symbol.of("BTCUSDT"), Side.BUY, Quantity.of("0.010"), Price.of("60000.0"));

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void placesAnOrderOnceWhenNothingGoesWrong() {
        PlacementOutcome outcome = gateway.place(buy);

        assertThat(outcome).isInstanceOfSatisfying(PlacementOutcome.Placed.class, placed -> assertThat(placed.foundByLookUp()).isFalse());
        assertThat(fake.requests(CREATE)).hasSize(1);
        assertThat(fake.account().orders()).singleElement().satisfies(order -> assertThat(order.orderLinkId()).isEqualTo(id(7).value()));
    }

    @ParameterizedTest(name = "retCode {0}")
    @ValueSource(ints = {10003, 10004, 10005, 10010})
    void anUnusableKeyStopsTheBotWithoutRetrying(int retCode) {
        fake.failNext(CREATE, 1, FakeBybitFault.retCode(retCode));

        assertThat(gateway.place(buy)).isInstanceOf(PlacementOutcome.BotMustStop.class);
        assertThat(fake.requests(CREATE)).hasSize(1);
        assertThat(fake.account().orders()).isEmpty();
    }

    @ParameterizedTest(name = "retCode {0}")
    @ValueSource(ints = {110007, 110012})
    void insufficientBalanceRejectsWithAnAlertWithoutRetrying(int retCode) {
        fake.failNext(CREATE, 1, FakeBybitFault.retCode(retCode));

        assertThat(gateway.place(buy)).isInstanceOfSatisfying(PlacementOutcome.Rejected.class,
                rejected -> assertThat(rejected.alert()).isTrue());
        assertThat(fake.requests(CREATE)).hasSize(1);
    }

    @Test
    void anOrderBeyondTheAvailableBalanceIsRejectedWithAnAlertByTheVenuesOwnRule() {
        NewOrder tooLarge = NewOrder.limit(id(8), Symbol.of("BTCUSDT"), Side.BUY, Quantity.of("2.000"), Price.of("60000.0"));

        assertThat(gateway.place(tooLarge)).isInstanceOfSatisfying(PlacementOutcome.Rejected.class, rejected -> {
            assertThat(rejected.alert()).isTrue();
            assertThat(rejected.reason()).contains("110007");
        });
        assertThat(fake.requests(CREATE)).hasSize(1);
    }

    @Test
    void aReduceOnlyOrderWithNothingToReduceIsRejectedWithoutAlertOrRetry() {
        assertThat(gateway.place(buy.reducingOnly())).isInstanceOfSatisfying(PlacementOutcome.Rejected.class,
                rejected -> assertThat(rejected.alert()).isFalse());
        assertThat(fake.requests(CREATE)).hasSize(1);
    }

    @Test
    void aRateLimitWaitsForTheResetTheHeadersGaveThenPlaces() {
        Instant reset = Instant.now().plusMillis(800);
        fake.failNext(CREATE, 1, FakeBybitFault.rateLimited(reset));

        assertThat(gateway.place(buy)).isInstanceOf(PlacementOutcome.Placed.class);

        assertThat(fake.requests(CREATE)).hasSize(2);
        assertThat(fake.requests(CREATE).get(1).received()).isAfterOrEqualTo(reset);
        assertThat(fake.account().orders()).hasSize(1);
    }

    @Test
    void aClockBehindTheServersIsResynchronisedAndTheOrderPlacedOnce() {
        fake.clockAhead(Duration.ofSeconds(30));

        assertThat(gateway.place(buy)).isInstanceOf(PlacementOutcome.Placed.class);

        assertThat(fake.requests("/v5/market/time")).hasSize(1);
        assertThat(fake.requests(CREATE)).hasSize(2);
        assertThat(fake.account().orders()).hasSize(1);
    }

    @Test
    void aScripted10002AlsoResynchronisesBeforeTheRetry() {
        fake.failNext(CREATE, 1, FakeBybitFault.retCode(10002));

        assertThat(gateway.place(buy)).isInstanceOf(PlacementOutcome.Placed.class);

        assertThat(fake.requests("/v5/market/time")).hasSize(1);
        assertThat(fake.account().orders()).hasSize(1);
    }

    @Test
    void creationsWaitForTheAccountsRateLimiterAndNeverGoPastIt() {
        AtomicLong frozenNanos = new AtomicLong();
        OrderGateway oneASecond = new OrderGateway(new BybitLinearClient(settings, account, Clock.systemUTC()),
                new OrderRateLimits(1, Duration.ZERO, frozenNanos::get).forAccount(account), settings, Clock.systemUTC());

        assertThat(oneASecond.place(buy)).isInstanceOf(PlacementOutcome.Placed.class);
        NewOrder next = NewOrder.limit(id(9), Symbol.of("BTCUSDT"), Side.BUY, Quantity.of("0.010"), Price.of("59000.0"));
        assertThat(oneASecond.place(next)).isInstanceOf(PlacementOutcome.Unresolved.class);

        assertThat(fake.requests(CREATE)).hasSize(1);
        frozenNanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(oneASecond.place(next)).isInstanceOf(PlacementOutcome.Placed.class);
    }

    @Test
    void aTimeoutAfterTheVenueTookTheOrderIsResolvedByLookUpNotBySecondPlacement() {
        fake.failNext(CREATE, 1, FakeBybitFault.slowAnswer(CLIENT_TIMEOUT.multipliedBy(2), true));

        PlacementOutcome outcome = gateway.place(buy);

        assertThat(outcome).isInstanceOfSatisfying(PlacementOutcome.Placed.class, placed -> assertThat(placed.foundByLookUp()).isTrue());
        assertThat(fake.requests(CREATE)).hasSize(1);
        assertThat(fake.requests(REALTIME)).hasSize(1);
        assertThat(fake.account().orders()).hasSize(1);
    }

    @Test
    void aTimeoutBeforeTheVenueTookTheOrderLooksUpThenPlacesItOnce() {
        fake.failNext(CREATE, 1, FakeBybitFault.slowAnswer(CLIENT_TIMEOUT.multipliedBy(2), false));

        PlacementOutcome outcome = gateway.place(buy);

        assertThat(outcome).isInstanceOfSatisfying(PlacementOutcome.Placed.class, placed -> assertThat(placed.foundByLookUp()).isFalse());
        assertThat(fake.requests(REALTIME)).hasSize(1);
        assertThat(fake.requests(CREATE)).hasSize(2);
        assertThat(fake.account().orders()).hasSize(1);
    }

    @Test
    void aServerErrorOrA5xxIsAmbiguousSoTheOrderIsLookedUpBeforeEachRetry() {
        fake.failNext(CREATE, 1, FakeBybitFault.retCode(10016)).failNext(CREATE, 1, FakeBybitFault.httpStatus(502));

        assertThat(gateway.place(buy)).isInstanceOf(PlacementOutcome.Placed.class);

        assertThat(fake.requests(CREATE)).hasSize(3);
        assertThat(fake.requests(REALTIME)).hasSize(2);
        assertThat(fake.account().orders()).hasSize(1);
    }

    @Test
    void aDuplicateOrderLinkIdIsLookedUpAndNeverPlacedAgain() {
        assertThat(gateway.place(buy)).isInstanceOf(PlacementOutcome.Placed.class);
        fake.account().fill(buy.clientOrderId().value(), buy.limitPrice().orElseThrow().value());

        PlacementOutcome again = gateway.place(buy); // a redelivered approval: the venue answers 110072

        assertThat(again).isInstanceOfSatisfying(PlacementOutcome.Placed.class, placed -> assertThat(placed.foundByLookUp()).isTrue());
        assertThat(fake.requests(CREATE)).hasSize(2);
        assertThat(fake.account().orders()).singleElement().satisfies(order -> assertThat(order.status()).isEqualTo("Filled"));
    }

    @Test
    void aVenueThatNeverAnswersLeavesThePlacementUnresolvedForReconciliation() {
        fake.failNext(CREATE, 10, FakeBybitFault.httpStatus(503));

        assertThat(gateway.place(buy)).isInstanceOf(PlacementOutcome.Unresolved.class);

        assertThat(fake.requests(CREATE)).hasSize(settings.maxAttempts());
        assertThat(fake.account().orders()).isEmpty();
    }
}
