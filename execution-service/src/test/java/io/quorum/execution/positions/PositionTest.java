package io.quorum.execution.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.Side;
import org.junit.jupiter.api.Test;

class PositionTest {

    private final Position flat = Position.flat(UserId.random(), BotId.random(), Symbol.of("BTCUSDT"));

    private static Position fill(Position p, Side side, String price, String qty, String fee) {
        return p.afterFill(side, Price.of(price), Quantity.of(qty), Money.of(fee), 5);
    }

    @Test
    void aBuyOpensALongAtTheFillPrice() {
        Position p = fill(flat, Side.BUY, "100", "2", "0.1");

        assertThat(p.side()).isEqualTo(PositionSide.LONG);
        assertThat(p.size()).isEqualTo(Quantity.of("2"));
        assertThat(p.entryPrice()).isEqualTo(Price.of("100"));
        assertThat(p.leverage()).isEqualTo(5);
        assertThat(p.feesPaid()).isEqualTo(Money.of("0.1"));
        assertThat(p.realizedPnl()).isEqualTo(Money.ZERO);
    }

    @Test
    void addingToALongAveragesTheEntryBySize() {
        Position p = fill(fill(flat, Side.BUY, "100", "1", "0"), Side.BUY, "130", "2", "0");

        assertThat(p.size()).isEqualTo(Quantity.of("3"));
        assertThat(p.entryPrice()).isEqualTo(Price.of("120"));
    }

    @Test
    void anAverageThatDoesNotDivideEvenlyKeepsTwelveDecimals() {
        Position p = fill(fill(flat, Side.BUY, "100", "1", "0"), Side.BUY, "101", "2", "0");

        assertThat(p.entryPrice()).isEqualTo(Price.of("100.666666666667"));
    }

    @Test
    void aPartialSellRealizesProfitOnTheClosedPartAndKeepsTheEntry() {
        Position p = fill(fill(flat, Side.BUY, "100", "2", "0.2"), Side.SELL, "110", "0.5", "0.05");

        assertThat(p.side()).isEqualTo(PositionSide.LONG);
        assertThat(p.size()).isEqualTo(Quantity.of("1.5"));
        assertThat(p.entryPrice()).isEqualTo(Price.of("100"));
        assertThat(p.realizedPnl()).isEqualTo(Money.of("5"));
        assertThat(p.feesPaid()).isEqualTo(Money.of("0.25"));
    }

    @Test
    void closingAShortBelowEntryIsAProfitAndLeavesItFlat() {
        Position p = fill(fill(flat, Side.SELL, "100", "1", "0"), Side.BUY, "90", "1", "0");

        assertThat(p.side()).isEqualTo(PositionSide.FLAT);
        assertThat(p.size()).isEqualTo(Quantity.ZERO);
        assertThat(p.entryPrice()).isNull();
        assertThat(p.realizedPnl()).isEqualTo(Money.of("10"));
    }

    @Test
    void closingALongBelowEntryIsALoss() {
        Position p = fill(fill(flat, Side.BUY, "100", "1", "0"), Side.SELL, "95.5", "1", "0");

        assertThat(p.realizedPnl()).isEqualTo(Money.of("-4.5"));
        assertThat(p.isFlat()).isTrue();
    }

    @Test
    void aSellLargerThanTheLongClosesItAndOpensAShortWithTheRestAtTheFillPrice() {
        Position p = fill(fill(flat, Side.BUY, "100", "1", "0"), Side.SELL, "120", "3", "0");

        assertThat(p.side()).isEqualTo(PositionSide.SHORT);
        assertThat(p.size()).isEqualTo(Quantity.of("2"));
        assertThat(p.entryPrice()).isEqualTo(Price.of("120"));
        assertThat(p.realizedPnl()).isEqualTo(Money.of("20"));
    }

    @Test
    void realizedPnlAndFeesAccumulateAcrossRoundTrips() {
        Position p = fill(flat, Side.BUY, "100", "1", "0.01");
        p = fill(p, Side.SELL, "110", "1", "0.02");
        p = fill(p, Side.SELL, "110", "1", "0.03");
        p = fill(p, Side.BUY, "105", "1", "0.04");

        assertThat(p.isFlat()).isTrue();
        assertThat(p.realizedPnl()).isEqualTo(Money.of("15"));
        assertThat(p.feesPaid()).isEqualTo(Money.of("0.1"));
    }

    @Test
    void theClosingSideIsOppositeToThePosition() {
        assertThat(fill(flat, Side.BUY, "100", "1", "0").closingSide()).isEqualTo(Side.SELL);
        assertThat(fill(flat, Side.SELL, "100", "1", "0").closingSide()).isEqualTo(Side.BUY);
        assertThatThrownBy(flat::closingSide).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theEventCarriesTheNewState() {
        Position p = fill(flat, Side.SELL, "100", "1", "0.1");

        var changed = p.changed();
        assertThat(changed.side()).isEqualTo(PositionSide.SHORT);
        assertThat(changed.entryPrice()).isEqualTo(Price.of("100"));
        assertThat(changed.feesPaid()).isEqualTo(Money.of("0.1"));
        assertThat(changed.botId()).isEqualTo(flat.botId());
    }

    @Test
    void aLeveragedLongIsLiquidatedWhereWhatIsLeftOfItsMarginIsTheMaintenanceMargin() {
        Position p = flat.afterFill(Side.BUY, Price.of("60000"), Quantity.of("0.01"), Money.ZERO, 10);

        // 60000 × (1 − 1/10) / (1 − 0.005)
        assertThat(p.liquidationPrice(new java.math.BigDecimal("0.005")).orElseThrow())
                .isEqualByComparingTo("54271.356783919598");
    }

    @Test
    void aLeveragedShortIsLiquidatedAboveItsEntry() {
        Position p = flat.afterFill(Side.SELL, Price.of("60000"), Quantity.of("0.01"), Money.ZERO, 10);

        // 60000 × (1 + 1/10) / (1 + 0.005)
        assertThat(p.liquidationPrice(new java.math.BigDecimal("0.005")).orElseThrow())
                .isEqualByComparingTo("65671.641791044776");
    }

    @Test
    void anUnleveragedLongCannotBeLiquidatedAndAFlatPositionHasNothingToLiquidate() {
        Position p = flat.afterFill(Side.BUY, Price.of("60000"), Quantity.of("0.01"), Money.ZERO, 1);

        assertThat(p.liquidationPrice(new java.math.BigDecimal("0.005"))).isEmpty();
        assertThat(flat.liquidationPrice(new java.math.BigDecimal("0.005"))).isEmpty();
    }
}
