package io.quorum.contracts.bots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.money.Price;
import org.junit.jupiter.api.Test;

class GridSpecTest {

    private static final Price LOWER = Price.of("100000");
    private static final Price UPPER = Price.of("110000");

    @Test
    void exitsAndTriggerAreOptional() {
        GridSpec plain = new GridSpec(LOWER, UPPER, 10, GridSpacing.ARITHMETIC);
        assertThat(plain.triggerPrice()).isNull();
        assertThat(plain.stopLossPrice()).isNull();
        assertThat(plain.takeProfitPrice()).isNull();
    }

    @Test
    void refusesAStopLossInsideOrAboveTheGrid() {
        assertThatThrownBy(() -> new GridSpec(LOWER, UPPER, 10, GridSpacing.ARITHMETIC, null, null, Price.of("100000"), null))
                .hasMessageContaining("stop-loss price must be below");
    }

    @Test
    void refusesATakeProfitInsideOrBelowTheGrid() {
        assertThatThrownBy(() -> new GridSpec(LOWER, UPPER, 10, GridSpacing.ARITHMETIC, null, null, null, Price.of("109000")))
                .hasMessageContaining("take-profit price must be above");
    }

    @Test
    void refusesATriggerOutsideTheExits() {
        assertThatThrownBy(() -> new GridSpec(LOWER, UPPER, 10, GridSpacing.ARITHMETIC, null, Price.of("98000"), Price.of("99000"), null))
                .hasMessageContaining("trigger price must be above the stop-loss");
        assertThatThrownBy(() -> new GridSpec(LOWER, UPPER, 10, GridSpacing.ARITHMETIC, null, Price.of("112000"), null, Price.of("111000")))
                .hasMessageContaining("trigger price must be below the take-profit");
    }

    @Test
    void investsTheWholeBudgetUnlessToldOtherwise() {
        var budget = io.quorum.contracts.money.Money.of("1000");
        assertThat(new GridSpec(LOWER, UPPER, 10, GridSpacing.ARITHMETIC).investmentWithin(budget)).isEqualTo(budget);
        var part = new GridSpec(LOWER, UPPER, 10, GridSpacing.ARITHMETIC, io.quorum.contracts.money.Money.of("600"), null, null, null);
        assertThat(part.investmentWithin(budget)).isEqualTo(io.quorum.contracts.money.Money.of("600"));
    }

    @Test
    void acceptsATriggerBetweenTheExits() {
        GridSpec spec = new GridSpec(LOWER, UPPER, 10, GridSpacing.GEOMETRIC, null, Price.of("104000"), Price.of("99000"), Price.of("111000"));
        assertThat(spec.triggerPrice()).isEqualTo(Price.of("104000"));
    }
}
