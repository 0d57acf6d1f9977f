package io.quorum.execution.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.bots.BotStopTriggered;
import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.OrderPlaced;
import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import io.quorum.execution.ExecutionServiceTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LiquidationFlowTest extends ExecutionServiceTest {

    private final UserId user = UserId.random();
    private final BotId bot = BotId.random();

    @Test
    void aLeveragedLongIsClosedAtItsLiquidationPriceLosingLessThanItsMarginAndTheBotIsAskedToStop() {
        tick("60000", now());
        var entry = approval(user, bot, OrderSpec.market(BTC, Side.BUY, Quantity.of("0.01"), 10, false), now());
        probe.publish(entry);
        OrderFilled bought = awaitEnvelope(OrderFilled.class, f -> f.intentId().equals(entry.payload().intentId())).payload();
        Money margin = bought.notional().dividedBy(BigDecimal.TEN);

        tick("59000", now());
        assertThat(envelopes(BotStopTriggered.class, t -> t.botId().equals(bot))).isEmpty();
        tick("50000", now()); // a crash straight through the liquidation price

        BotStopTriggered stop = awaitEnvelope(BotStopTriggered.class, t -> t.botId().equals(bot)).payload();
        OrderFilled liquidation = awaitEnvelope(OrderFilled.class,
                f -> f.botId().equals(bot) && f.order().side() == Side.SELL).payload();
        assertThat(liquidation.order().reduceOnly()).isTrue();
        assertThat(liquidation.liquidity()).isEqualTo(Liquidity.TAKER);
        // entry 60030 (the market buy's slippage): 60030 × 0.9 / 0.995 = 54298.49…, on the tick above
        assertThat(liquidation.price()).isEqualTo(Price.of("54298.5"));
        assertThat(stop.price()).isEqualTo(Price.of("54298.5"));
        assertThat(stop.reason()).startsWith("liquidated: long 0.01 BTCUSDT at 54298.5");
        assertThat(envelopes(OrderPlaced.class, p -> p.intentId().equals(liquidation.intentId()))).hasSize(1);

        PositionChanged flat = awaitEnvelope(PositionChanged.class,
                p -> p.botId().equals(bot) && p.side() == PositionSide.FLAT).payload();
        Money lost = flat.realizedPnl().negate().plus(liquidation.fee());
        assertThat(lost).as("loss and closing fee").isLessThan(margin);
    }

    @Test
    void anUnleveragedLongIsNeverLiquidated() {
        UserId owner = UserId.random();
        BotId spotBot = BotId.random();
        tick("60000", now());
        var entry = approval(owner, spotBot, OrderSpec.market(BTC, Side.BUY, Quantity.of("0.01"), 1, false), now());
        probe.publish(entry);
        awaitEnvelope(OrderFilled.class, f -> f.intentId().equals(entry.payload().intentId()));

        tick("1000", now());
        tick("60000", now()); // a later tick proves the one at 1000 was processed

        awaitEnvelope(PositionChanged.class, p -> p.botId().equals(spotBot));
        assertThat(envelopes(BotStopTriggered.class, t -> t.botId().equals(spotBot))).isEmpty();
        assertThat(envelopes(OrderFilled.class, f -> f.botId().equals(spotBot))).hasSize(1);
    }
}
