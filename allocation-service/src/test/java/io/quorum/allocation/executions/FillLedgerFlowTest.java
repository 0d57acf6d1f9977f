package io.quorum.allocation.executions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.allocation.OneBotScenario;
import io.quorum.allocation.ledger.BotBudget;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.executions.OrderCancelled;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import io.quorum.contracts.orders.TwapSpec;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Invariant 3: the ledger equals the fills, also when the venue's events are delivered twice. */
class FillLedgerFlowTest extends OneBotScenario {

    static final Symbol ETH = Symbol.of("ETHUSDT");

    @Test
    void theLedgerEqualsTheFillsEvenWhenTheSameOrderFilledIsDeliveredTwice() {
        reserve(user, bot, "1000");
        var buy = OrderSpec.limit(ETH, Side.BUY, Price.of("2000"), Quantity.of("0.5"), 2, false);
        OrderApproved buyApproved = approve(buy);
        var buyFill = filled(buyApproved, Price.of("2000"), Quantity.of("0.5"), Money.of("0.2"));

        probe.publish(buyFill);
        probe.publish(buyFill);
        var sell = OrderSpec.limit(ETH, Side.SELL, Price.of("2100"), Quantity.of("0.5"), 2, true);
        OrderApproved sellApproved = approve(sell);
        var sellFill = filled(sellApproved, Price.of("2100"), Quantity.of("0.5"), Money.of("0.21"));
        probe.publish(sellFill);
        probe.publish(sellFill);

        await().atMost(Duration.ofSeconds(60)).until(() -> budget(user, bot).realizedPnl().isPositive());
        // a later event of the same user on the same partition: once it is booked, every redelivery before it was too
        var lateCancel = cancelled(approve(buy));
        probe.publish(lateCancel);
        await().atMost(Duration.ofSeconds(60)).until(() -> budget(user, bot).reserved().equals(Money.ZERO));

        BotBudget budget = budget(user, bot);
        assertThat(budget.realizedPnl()).isEqualTo(Money.of("50"));
        assertThat(budget.fees()).isEqualTo(Money.of("0.41"));
        assertThat(budget.marginInUse()).isEqualTo(Money.ZERO);
        assertThat(account(user).balance()).isEqualTo(Money.of("10049.59"));
        assertThat(budget.available()).isEqualTo(Money.of("999.59"));
    }

    @Test
    void aPartialFillKeepsTheRestReservedAndACancelFreesIt() {
        reserve(user, bot, "1000");
        var buy = OrderSpec.limit(ETH, Side.BUY, Price.of("2000"), Quantity.of("1"), 4, false);
        OrderApproved approved = approve(buy);
        assertThat(approved.reserved()).isEqualTo(Money.of("501.1"));

        probe.publish(Envelope.originating(new OrderFilled(approved.intentId(), user, bot, approved.clientOrderId(), buy,
                Price.of("2000"), Quantity.of("0.25"), Quantity.of("0.75"), Money.of("0.1"), Liquidity.MAKER), MARKET_TIME));
        await().atMost(Duration.ofSeconds(60)).until(() -> budget(user, bot).marginInUse().equals(Money.of("125")));
        assertThat(budget(user, bot).reserved()).isEqualTo(Money.of("375.825"));

        probe.publish(cancelled(approved));
        await().atMost(Duration.ofSeconds(60)).until(() -> budget(user, bot).reserved().equals(Money.ZERO));
        assertThat(budget(user, bot).marginInUse()).isEqualTo(Money.of("125"));
        assertThat(account(user).balance()).isEqualTo(Money.of("9999.9"));
    }

    @Test
    void aTwapOrderFillingSliceBySliceFreesItsShareEachTimeAndItsStopFreesTheRest() {
        reserve(user, bot, "1000");
        var twap = OrderSpec.limit(ETH, Side.BUY, Price.of("2000"), Quantity.of("1"), 4, false).asTwap(new TwapSpec(600, 4));
        OrderApproved approved = approve(twap);
        assertThat(approved.order().twap()).isEqualTo(new TwapSpec(600, 4)); // the venue gets the order as the bot asked
        assertThat(approved.reserved()).isEqualTo(Money.of("501.1"));

        // what execution-service publishes for two slices of the parent intent, then for the stop: the rest cancelled
        probe.publish(Envelope.originating(new OrderFilled(approved.intentId(), user, bot, approved.clientOrderId(), twap,
                Price.of("2000"), Quantity.of("0.25"), Quantity.of("0.75"), Money.of("0.1"), Liquidity.TAKER), MARKET_TIME));
        probe.publish(Envelope.originating(new OrderFilled(approved.intentId(), user, bot, approved.clientOrderId(), twap,
                Price.of("2000"), Quantity.of("0.25"), Quantity.of("0.5"), Money.of("0.1"), Liquidity.TAKER), MARKET_TIME));
        await().atMost(Duration.ofSeconds(60)).until(() -> budget(user, bot).marginInUse().equals(Money.of("250")));
        assertThat(budget(user, bot).reserved()).isEqualTo(Money.of("250.55"));

        probe.publish(Envelope.originating(new OrderCancelled(approved.intentId(), user, bot, approved.clientOrderId(), twap,
                Quantity.of("0.5"), "bot stopped"), MARKET_TIME));
        await().atMost(Duration.ofSeconds(60)).until(() -> budget(user, bot).reserved().equals(Money.ZERO));
        assertThat(budget(user, bot).marginInUse()).isEqualTo(Money.of("250"));
        assertThat(budget(user, bot).fees()).isEqualTo(Money.of("0.2"));
        assertThat(account(user).balance()).isEqualTo(Money.of("9999.8"));
    }

    private Envelope<OrderFilled> filled(OrderApproved approved, Price price, Quantity qty, Money fee) {
        return Envelope.originating(new OrderFilled(approved.intentId(), user, bot, approved.clientOrderId(),
                approved.order(), price, qty, Quantity.ZERO, fee, Liquidity.MAKER), MARKET_TIME);
    }

    private Envelope<OrderCancelled> cancelled(OrderApproved approved) {
        return Envelope.originating(new OrderCancelled(approved.intentId(), user, bot, approved.clientOrderId(),
                approved.order(), approved.order().quantity(), "test"), MARKET_TIME);
    }
}
