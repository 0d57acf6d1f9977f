package io.quorum.allocation.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import org.junit.jupiter.api.Test;

class PositionTest {

    final Position position = Position.flat(BotId.random(), Symbol.of("BTCUSDT"), 5);

    @Test
    void aBuyTiesUpNotionalOverLeverageAsMargin() {
        Money margin = position.buy(Price.of("50000"), Quantity.of("0.01"), 5);

        assertThat(margin).isEqualTo(Money.of("100"));
        assertThat(position.qty()).isEqualTo(Quantity.of("0.01"));
        assertThat(position.cost()).isEqualTo(Money.of("500"));
    }

    @Test
    void aPartialSellRealizesAgainstTheAverageEntryAndFreesItsShareOfMargin() {
        position.buy(Price.of("100"), Quantity.of("1"), 5);
        position.buy(Price.of("110"), Quantity.of("1"), 5);

        Position.Closing closing = position.sell(Price.of("120"), Quantity.of("1"));

        assertThat(closing.realizedPnl()).isEqualTo(Money.of("15"));
        assertThat(closing.marginReleased()).isEqualTo(Money.of("21"));
        assertThat(position.averagePrice()).isEqualTo(Price.of("105"));
    }

    @Test
    void closingEverythingLeavesNoDustEvenWhenThirdsDoNotDivideEvenly() {
        position.buy(Price.of("100"), Quantity.of("3"), 7);
        position.sell(Price.of("101"), Quantity.of("1"));
        position.sell(Price.of("99"), Quantity.of("1"));

        Position.Closing last = position.sell(Price.of("100"), Quantity.of("1"));

        assertThat(position.qty()).isEqualTo(Quantity.ZERO);
        assertThat(position.cost()).isEqualTo(Money.ZERO);
        assertThat(position.margin()).isEqualTo(Money.ZERO);
        assertThat(last.closed()).isEqualTo(Quantity.of("1"));
    }

    @Test
    void aSellBeyondThePositionOnlyClosesThePosition() {
        position.buy(Price.of("100"), Quantity.of("1"), 1);

        Position.Closing closing = position.sell(Price.of("90"), Quantity.of("2"));

        assertThat(closing.closed()).isEqualTo(Quantity.of("1"));
        assertThat(closing.realizedPnl()).isEqualTo(Money.of("-10"));
    }
}
