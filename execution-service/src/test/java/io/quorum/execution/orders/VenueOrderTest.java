package io.quorum.execution.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.FeeRate;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VenueOrderTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final FeeSchedule FEES = new FeeSchedule(FeeRate.of("0.0002"), FeeRate.of("0.00055"));
    private final BotId bot = BotId.random();
    private final IntentId intent = IntentId.random();

    private OrderApproved approved(OrderSpec spec) {
        return new OrderApproved(intent, UserId.random(), bot, ClientOrderId.forIntent(bot, intent), spec, Money.of("10"));
    }

    private final OrderSpec limitBuy = OrderSpec.limit(Symbol.of("BTCUSDT"), Side.BUY, Price.of("100"), Quantity.of("2"), 3, false);

    @Test
    void anAcceptedLimitOrderIsOpenAndRestsAtItsPlacementTime() {
        VenueOrder order = VenueOrder.accept(approved(limitBuy), T0);

        assertThat(order.status()).isEqualTo(OrderStatus.OPEN);
        assertThat(order.placed().venue()).isEqualTo("paper");
        assertThat(order.resting()).hasValueSatisfying(resting -> {
            assertThat(resting.limitPrice()).isEqualTo(Price.of("100"));
            assertThat(resting.placedAt()).isEqualTo(T0);
        });
    }

    @Test
    void aFillEndsTheOrderWithNothingRemainingAndTheFeeOfItsLiquidity() {
        VenueOrder order = VenueOrder.accept(approved(limitBuy), T0);

        var filled = order.fill(Price.of("100"), FEES, Liquidity.MAKER, T0.plusSeconds(5));

        assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(order.updatedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(filled.completesOrder()).isTrue();
        assertThat(filled.quantity()).isEqualTo(Quantity.of("2"));
        assertThat(filled.fee()).isEqualTo(Money.of("0.04"));
        assertThat(order.resting()).isEmpty();
    }

    @Test
    void aCancelReportsTheWholeQuantityUnfilled() {
        VenueOrder order = VenueOrder.accept(approved(limitBuy), T0);

        var cancelled = order.cancel("bot stopped", T0.plusSeconds(1));

        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.unfilled()).isEqualTo(Quantity.of("2"));
        assertThat(cancelled.reason()).isEqualTo("bot stopped");
    }

    @Test
    void anOrderThatEndedCannotBeFilledOrCancelledAgain() {
        VenueOrder filled = VenueOrder.accept(approved(limitBuy), T0);
        filled.fill(Price.of("100"), FEES, Liquidity.MAKER, T0);
        VenueOrder refused = VenueOrder.refuse(approved(limitBuy), "no", T0);

        assertThatThrownBy(() -> filled.cancel("late", T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> filled.fill(Price.of("100"), FEES, Liquidity.MAKER, T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> refused.fill(Price.of("100"), FEES, Liquidity.TAKER, T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRefusedOrderCarriesItsReasonAndNeverRests() {
        VenueOrder refused = VenueOrder.refuse(approved(limitBuy), "no market price yet for BTCUSDT", T0);

        assertThat(refused.rejection().reason()).isEqualTo("no market price yet for BTCUSDT");
        assertThat(refused.resting()).isEmpty();
        assertThatThrownBy(() -> VenueOrder.accept(approved(limitBuy), T0).rejection()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMarketOrderNeverRests() {
        var market = OrderSpec.market(Symbol.of("BTCUSDT"), Side.SELL, Quantity.of("1"), 1, false);

        assertThat(VenueOrder.accept(approved(market), T0).resting()).isEmpty();
    }
}
