package io.quorum.allocation.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.allocation.OneBotScenario;
import io.quorum.allocation.ledger.BudgetStatus;
import io.quorum.allocation.ledger.ReserveOutcome;
import io.quorum.contracts.bots.BotStopRequested;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.BotOrdersCleared;
import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.executions.OrderCancelled;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.BotBudgetReleased;
import io.quorum.contracts.orders.BotTradingHalted;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.contracts.orders.OrderRejected;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Agreement 2: BotStopRequested → BotTradingHalted; BotOrdersCleared → BotBudgetReleased. */
class StopFlowTest extends OneBotScenario {

    static final Symbol ETH = Symbol.of("ETHUSDT");

    @Test
    void aStoppedBotIsHaltedThenReleasedWithItsBudgetPlusRealizedResultLessFees() {
        reserve(user, bot, "1000");
        var buy = OrderSpec.limit(ETH, Side.BUY, Price.of("2000"), Quantity.of("0.5"), 2, false);
        OrderApproved filledBuy = approve(buy);
        OrderApproved restingBuy = approve(OrderSpec.limit(ETH, Side.BUY, Price.of("1900"), Quantity.of("0.1"), 2, false));
        probe.publish(Envelope.originating(new OrderFilled(filledBuy.intentId(), user, bot, filledBuy.clientOrderId(), buy,
                Price.of("2000"), Quantity.of("0.5"), Quantity.ZERO, Money.of("0.2"), Liquidity.MAKER), MARKET_TIME));

        var stop = Envelope.originating(new BotStopRequested(bot, user, "user asked"), MARKET_TIME);
        probe.publish(stop);

        probe.awaitEvent(BotTradingHalted.class, e -> e.botId().equals(bot));
        assertThat(budget(user, bot).status()).isEqualTo(BudgetStatus.HALTING);

        IntentId late = IntentId.random();
        probe.publish(Envelope.originating(new OrderIntentCreated(late, user, bot, buy, null), MARKET_TIME));
        OrderRejected rejected = probe.awaitEvent(OrderRejected.class, e -> e.intentId().equals(late));
        assertThat(rejected.policy()).isEqualTo("BotRunningPolicy");

        // what execution does on BotTradingHalted: cancel, close at market (no reservation), then report cleared
        probe.publish(Envelope.originating(new OrderCancelled(restingBuy.intentId(), user, bot, restingBuy.clientOrderId(),
                restingBuy.order(), Quantity.of("0.1"), "bot stopping"), MARKET_TIME));
        IntentId stopClose = IntentId.derive(bot.toString(), "stop-close", stop.eventId().toString());
        var close = OrderSpec.market(ETH, Side.SELL, Quantity.of("0.5"), 2, true);
        probe.publish(Envelope.originating(new OrderFilled(stopClose, user, bot, ClientOrderId.forIntent(bot, stopClose), close,
                Price.of("1990"), Quantity.of("0.5"), Quantity.ZERO, Money.of("0.54725"), Liquidity.TAKER), MARKET_TIME));
        probe.publish(Envelope.originating(new BotOrdersCleared(user, bot, 1), MARKET_TIME));

        BotBudgetReleased released = probe.awaitEvent(BotBudgetReleased.class, e -> e.botId().equals(bot));
        assertThat(released.returned()).isEqualTo(Money.of("994.25275"));
        var budget = budget(user, bot);
        assertThat(budget.status()).isEqualTo(BudgetStatus.RELEASED);
        assertThat(budget.reserved()).isEqualTo(Money.ZERO);
        assertThat(budget.marginInUse()).isEqualTo(Money.ZERO);
        assertThat(account(user).balance()).isEqualTo(Money.of("9994.25275"));
        assertThat(account(user).free()).isEqualTo(Money.of("9994.25275"));
    }

    @Test
    void aReleasedBotCanStartANewRun() {
        reserve(user, bot, "1000");
        probe.publish(Envelope.originating(new BotStopRequested(bot, user, "user asked"), MARKET_TIME));
        probe.awaitEvent(BotTradingHalted.class, e -> e.botId().equals(bot));
        probe.publish(Envelope.originating(new BotOrdersCleared(user, bot, 0), MARKET_TIME));
        assertThat(probe.awaitEvent(BotBudgetReleased.class, e -> e.botId().equals(bot)).returned()).isEqualTo(Money.of("1000"));

        await().atMost(Duration.ofSeconds(60)).until(() -> budget(user, bot).status() == BudgetStatus.RELEASED);
        assertThat(budgetReservations.reserve(user, bot, Money.of("3000"))).isInstanceOf(ReserveOutcome.Reserved.class);
        assertThat(budget(user, bot).amount()).isEqualTo(Money.of("3000"));
    }
}
