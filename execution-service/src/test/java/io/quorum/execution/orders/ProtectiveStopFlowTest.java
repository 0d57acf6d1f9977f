package io.quorum.execution.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.market.TickObserved;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.PositionProtectionRequested;
import io.quorum.contracts.orders.Side;
import io.quorum.execution.ExecutionServiceTest;
import org.junit.jupiter.api.Test;

/** The venue-side stop-loss and take-profit an AI bot's entry carries to its position. */
class ProtectiveStopFlowTest extends ExecutionServiceTest {

    private final UserId user = UserId.random();

    private OrderFilled enterLong(BotId bot, String stopLoss, String takeProfit) {
        tick("60000", now());
        OrderSpec entry = OrderSpec.limit(BTC, Side.BUY, Price.of("60000"), Quantity.of("0.01"), 2, false)
                .protectedBy(Price.of(stopLoss), takeProfit == null ? null : Price.of(takeProfit));
        var approval = approval(user, bot, entry, now());
        probe.publish(approval);
        return awaitEnvelope(OrderFilled.class, f -> f.intentId().equals(approval.payload().intentId())).payload();
    }

    private static java.util.List<Envelope<OrderFilled>> closesOf(BotId bot) {
        return envelopes(OrderFilled.class, f -> f.botId().equals(bot) && f.order().reduceOnly());
    }

    @Test
    void theStopFiresAtTheFirstTickThatReachesItAndOnlyOnceHoweverOftenThatTickIsDelivered() {
        BotId bot = BotId.random();
        enterLong(bot, "58000", "66000");
        PositionChanged opened = awaitEnvelope(PositionChanged.class,
                p -> p.botId().equals(bot) && p.side() == PositionSide.LONG).payload();
        assertThat(opened.stopLoss()).isEqualTo(Price.of("58000"));
        assertThat(opened.takeProfit()).isEqualTo(Price.of("66000"));

        tick("59000", now());
        tick("58000.1", now());
        assertThat(closesOf(bot)).as("no tick reached the stop yet").isEmpty();

        Envelope<TickObserved> reaching = Envelope.originating(new TickObserved(BTC, Price.of("58000")), now());
        probe.publish(reaching);
        probe.publish(reaching); // redelivered
        tick("57000", now()); // beyond the stop again: the position is already closed

        OrderFilled close = awaitEnvelope(OrderFilled.class, f -> f.botId().equals(bot) && f.order().reduceOnly()).payload();
        assertThat(closesOf(bot)).hasSize(1);
        assertThat(close.order().side()).isEqualTo(Side.SELL);
        assertThat(close.liquidity()).isEqualTo(Liquidity.TAKER);
        assertThat(close.price()).as("58000 less the market order's slippage, on the tick below").isEqualTo(Price.of("57971"));
        PositionChanged flat = awaitEnvelope(PositionChanged.class,
                p -> p.botId().equals(bot) && p.side() == PositionSide.FLAT).payload();
        assertThat(flat.reason()).startsWith("stop-loss 58000 reached at 58000: long 0.01 BTCUSDT closed at market, 57971");
        assertThat(flat.stopLoss()).isNull();
        assertThat(envelopes(PositionChanged.class, p -> p.botId().equals(bot) && p.side() == PositionSide.FLAT)).hasSize(1);
    }

    @Test
    void theTakeProfitClosesTheWholePositionAtMarket() {
        BotId bot = BotId.random();
        enterLong(bot, "58000", "61000");

        tick("60999.9", now());
        assertThat(closesOf(bot)).isEmpty();
        tick("61500", now());

        OrderFilled close = awaitEnvelope(OrderFilled.class, f -> f.botId().equals(bot) && f.order().reduceOnly()).payload();
        assertThat(close.quantity()).isEqualTo(Quantity.of("0.01"));
        PositionChanged flat = awaitEnvelope(PositionChanged.class,
                p -> p.botId().equals(bot) && p.side() == PositionSide.FLAT).payload();
        assertThat(flat.reason()).startsWith("take-profit 61000 reached at 61500");
    }

    @Test
    void aMovedStopReplacesTheOldOneAndAStopOnTheWrongSideOfTheMarketIsRefused() {
        BotId bot = BotId.random();
        enterLong(bot, "58000", null);

        probe.publish(Envelope.originating(new PositionProtectionRequested(user, bot, BTC, Price.of("59000"),
                Price.of("63000"), "decision at T"), now()));
        PositionChanged moved = awaitEnvelope(PositionChanged.class,
                p -> p.botId().equals(bot) && p.reason() != null && p.reason().startsWith("protection set")).payload();
        assertThat(moved.stopLoss()).isEqualTo(Price.of("59000"));
        assertThat(moved.takeProfit()).isEqualTo(Price.of("63000"));

        probe.publish(Envelope.originating(new PositionProtectionRequested(user, bot, BTC, Price.of("60500"), null,
                "decision at T+1"), now()));
        PositionChanged refused = awaitEnvelope(PositionChanged.class,
                p -> p.botId().equals(bot) && p.reason() != null && p.reason().startsWith("protection refused")).payload();
        assertThat(refused.reason()).contains("must lie below the last price 60000");
        assertThat(refused.stopLoss()).isEqualTo(Price.of("59000"));

        tick("59000", now()); // the old stop (58000) would not have fired here

        PositionChanged flat = awaitEnvelope(PositionChanged.class,
                p -> p.botId().equals(bot) && p.side() == PositionSide.FLAT).payload();
        assertThat(flat.reason()).startsWith("stop-loss 59000 reached at 59000");
    }

    @Test
    void aProtectionRequestForAClosedPositionChangesNothing() {
        BotId bot = BotId.random();

        probe.publish(Envelope.originating(new PositionProtectionRequested(user, bot, BTC, Price.of("59000"), null,
                "decision at T"), now()));

        PositionChanged answer = awaitEnvelope(PositionChanged.class, p -> p.botId().equals(bot)).payload();
        assertThat(answer.side()).isEqualTo(PositionSide.FLAT);
        assertThat(answer.reason()).startsWith("protection not set: no open position");
    }
}
