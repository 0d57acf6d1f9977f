package io.quorum.execution.positions;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import io.quorum.execution.positions.Protection.Trigger;
import org.junit.jupiter.api.Test;

class ProtectionTest {

    private static final Symbol BTC = Symbol.of("BTCUSDT");
    private final Position flat = Position.flat(UserId.random(), BotId.random(), BTC);
    private final OrderSpec protectedBuy = OrderSpec.limit(BTC, Side.BUY, Price.of("100"), Quantity.of("1"), 2, false)
            .protectedBy(Price.of("95"), Price.of("110"));
    private final OrderSpec plainBuy = OrderSpec.limit(BTC, Side.BUY, Price.of("100"), Quantity.of("1"), 2, false);

    private Position after(Position before, Side side, String quantity) {
        return before.afterFill(side, Price.of("100"), Quantity.of(quantity), Money.ZERO, 2);
    }

    @Test
    void anEntryAttachesItsOwnLevelsAndAFullCloseClearsThem() {
        Position open = after(flat, Side.BUY, "1");
        Protection attached = Protection.NONE.afterFill(flat, open, protectedBuy);
        assertThat(attached).isEqualTo(new Protection(Price.of("95"), Price.of("110")));

        OrderSpec close = OrderSpec.market(BTC, Side.SELL, Quantity.of("1"), 2, true);
        assertThat(attached.afterFill(open, after(open, Side.SELL, "1"), close)).isEqualTo(Protection.NONE);
    }

    @Test
    void growingWithoutLevelsOrReducingKeepsThemAndGrowingWithLevelsTakesTheNewOnes() {
        Position open = after(flat, Side.BUY, "1");
        Protection attached = new Protection(Price.of("95"), Price.of("110"));

        assertThat(attached.afterFill(open, after(open, Side.BUY, "1"), plainBuy)).isEqualTo(attached);
        assertThat(attached.afterFill(open, after(open, Side.SELL, "0.5"),
                OrderSpec.market(BTC, Side.SELL, Quantity.of("0.5"), 2, true))).isEqualTo(attached);
        OrderSpec moved = plainBuy.protectedBy(Price.of("97"), null);
        assertThat(attached.afterFill(open, after(open, Side.BUY, "1"), moved)).isEqualTo(new Protection(Price.of("97"), null));
    }

    @Test
    void aLongsStopIsReachedAtOrBelowItAndItsTargetAtOrAbove() {
        Protection levels = new Protection(Price.of("95"), Price.of("110"));

        assertThat(levels.reachedBy(PositionSide.LONG, Price.of("95.1"))).isEmpty();
        assertThat(levels.reachedBy(PositionSide.LONG, Price.of("95"))).contains(Trigger.STOP_LOSS);
        assertThat(levels.reachedBy(PositionSide.LONG, Price.of("109.9"))).isEmpty();
        assertThat(levels.reachedBy(PositionSide.LONG, Price.of("110"))).contains(Trigger.TAKE_PROFIT);
    }

    @Test
    void aShortsStopIsReachedAtOrAboveIt() {
        Protection levels = new Protection(Price.of("105"), Price.of("90"));

        assertThat(levels.reachedBy(PositionSide.SHORT, Price.of("104.9"))).isEmpty();
        assertThat(levels.reachedBy(PositionSide.SHORT, Price.of("105"))).contains(Trigger.STOP_LOSS);
        assertThat(levels.reachedBy(PositionSide.SHORT, Price.of("90"))).contains(Trigger.TAKE_PROFIT);
        assertThat(levels.reachedBy(PositionSide.FLAT, Price.of("200"))).isEmpty();
    }

    @Test
    void levelsOnTheWrongSideOfTheMarketAreRefusedWithTheReason() {
        assertThat(new Protection(Price.of("101"), null).refusalAt(PositionSide.LONG, Price.of("100")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("must lie below the last price 100"));
        assertThat(new Protection(Price.of("99"), Price.of("100")).refusalAt(PositionSide.LONG, Price.of("100")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("take-profit 100 must lie above"));
        assertThat(new Protection(Price.of("101"), Price.of("90")).refusalAt(PositionSide.SHORT, Price.of("100"))).isEmpty();
    }
}
