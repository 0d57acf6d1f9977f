package io.quorum.execution.venue.bybit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.Side;
import io.quorum.testkit.FakeBybit;
import io.quorum.testkit.FakeBybitOrder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The V5 client through xchange-bybit and the own adapter, against a local fake Bybit that checks every signature. */
class BybitLinearClientTest {

    private static final Symbol BTC = Symbol.of("BTCUSDT");
    private static final BotId BOT = new BotId(UUID.fromString("00000000-0000-0000-0000-0000000000b1"));

    private final FakeBybit fake = FakeBybit.start();
    private final BybitSettings settings = BybitSettings.local(fake.baseUrl(), Duration.ofSeconds(5), Duration.ofMillis(20));
    private final BybitLinearClient client = new BybitLinearClient(settings,
            new BybitCredentials(FakeBybit.API_KEY, FakeBybit.API_SECRET), Clock.systemUTC());

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void readsInstrumentRulesAndTheWalletThroughXChange() {
        assertThat(client.instruments()).contains(
                new Instrument(BTC, new BigDecimal("0.10"), new BigDecimal("0.001"), new BigDecimal("0.001"), 100));
        assertThat(client.walletBalance().totalEquity().value()).isEqualByComparingTo("10000");
        assertThat(fake.requests("/v5/account/wallet-balance")).singleElement()
                .satisfies(request -> assertThat(request.param("accountType")).isEqualTo("UNIFIED"));
    }

    @Test
    void placesAReduceOnlyPostOnlyOrderWithStopsAndFindsItByOrderLinkIdAndOrderId() {
        ClientOrderId opening = id(1);
        client.create(NewOrder.limit(opening, BTC, Side.BUY, Quantity.of("0.010"), Price.of("60000.0"))
                .withTakeProfitAndStopLoss(Optional.of(Price.of("66000")), Optional.of(Price.of("57000"))));
        fake.account().fill(opening.value(), new BigDecimal("60000.0"));
        ClientOrderId closing = id(2);

        String orderId = client.create(NewOrder.limit(closing, BTC, Side.SELL, Quantity.of("0.010"), Price.of("61000.0"))
                .reducingOnly().withTimeInForce(NewOrder.TimeInForce.POST_ONLY));

        FakeBybitOrder atVenue = fake.account().order(closing.value()).orElseThrow();
        assertThat(atVenue.reduceOnly()).isTrue();
        assertThat(atVenue.timeInForce()).isEqualTo("PostOnly");
        assertThat(fake.account().order(opening.value()).orElseThrow().stopLoss()).isEqualByComparingTo("57000");
        assertThat(client.orderByLinkId(closing)).hasValueSatisfying(order -> {
            assertThat(order.orderId()).isEqualTo(orderId);
            assertThat(order.isOpen()).isTrue();
            assertThat(order.reduceOnly()).isTrue();
        });
        assertThat(client.orderById(orderId)).hasValueSatisfying(order -> assertThat(order.orderLinkId()).isEqualTo(closing.value()));
        assertThat(client.orderByLinkId(id(3))).isEmpty();
    }

    @Test
    void cancelsOneOrderByItsOrderLinkIdAndTheRestOfTheSymbolWithCancelAll() {
        client.create(NewOrder.limit(id(1), BTC, Side.BUY, Quantity.of("0.001"), Price.of("50000.0")));
        client.create(NewOrder.limit(id(2), BTC, Side.BUY, Quantity.of("0.001"), Price.of("49000.0")));
        client.create(NewOrder.limit(id(3), BTC, Side.BUY, Quantity.of("0.001"), Price.of("48000.0")));

        client.cancel(BTC, id(1));

        assertThat(fake.requests("/v5/order/cancel")).singleElement().satisfies(request -> assertThat(request.params())
                .containsEntry("orderLinkId", id(1).value()).containsEntry("symbol", BTC.value()));
        assertThat(client.openOrders(BTC)).extracting(VenueOrderState::orderLinkId).containsExactlyInAnyOrder(id(2).value(), id(3).value());
        assertThat(client.cancelAll(BTC)).containsExactlyInAnyOrder(id(2).value(), id(3).value());
        assertThat(client.openOrders(BTC)).isEmpty();
        assertThatThrownBy(() -> client.cancel(BTC, id(1))).isInstanceOfSatisfying(VenueFailure.class,
                failure -> assertThat(failure.retCode()).isEqualTo(110001));
    }

    @Test
    void readsFillsAndPositionsAndSetsLeverageAndTheExchangeSideStop() {
        client.setLeverage(BTC, 5);
        client.setLeverage(BTC, 5); // 110043 "not modified" is no failure
        client.create(NewOrder.market(id(1), BTC, Side.BUY, Quantity.of("0.002")));
        fake.account().fill(id(1).value(), new BigDecimal("0.001"), new BigDecimal("60000.0"))
                .fill(id(1).value(), new BigDecimal("60010.0"));

        client.tradingStop(BTC, Optional.empty(), Optional.of(Price.of("55000.0")));

        assertThat(client.executions(BTC, 50)).hasSize(2).first().satisfies(fill -> {
            assertThat(fill.orderLinkId()).isEqualTo(id(1).value());
            assertThat(fill.price()).isEqualTo(Price.of("60010.0"));
            assertThat(fill.maker()).isFalse();
        });
        assertThat(client.positions()).singleElement().satisfies(position -> {
            assertThat(position.side()).contains(Side.BUY);
            assertThat(position.size()).isEqualByComparingTo("0.002");
            assertThat(position.averagePrice()).isEqualByComparingTo("60005");
            assertThat(position.leverage()).isEqualByComparingTo("5");
            assertThat(position.stopLoss()).isEqualByComparingTo("55000");
        });
    }

    @Test
    void aWrongSecretIsRefusedOnBothPathsAndStopsTheBot() {
        BybitLinearClient wrong = new BybitLinearClient(settings, new BybitCredentials(FakeBybit.API_KEY, "not-the-secret"),
                Clock.systemUTC());
        VenueErrorClassifier classifier = new VenueErrorClassifier();

        assertThatThrownBy(wrong::walletBalance).isInstanceOfSatisfying(VenueFailure.class,
                failure -> assertThat(classifier.classify(failure)).isEqualTo(VenueErrorClassifier.Handling.STOP_BOT));
        assertThatThrownBy(() -> wrong.create(NewOrder.market(id(1), BTC, Side.BUY, Quantity.of("0.001"))))
                .isInstanceOfSatisfying(VenueFailure.class, failure -> assertThat(failure.retCode()).isEqualTo(10004));
        assertThat(fake.account().orders()).isEmpty();
    }

    static ClientOrderId id(int n) {
        return ClientOrderId.forIntent(BOT, new IntentId(new UUID(n, 0)));
    }
}
