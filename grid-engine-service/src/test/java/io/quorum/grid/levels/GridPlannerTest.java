package io.quorum.grid.levels;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.bots.GridSpacing;
import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GridPlannerTest {

    private static final Symbol BTC = Symbol.of("BTCUSDT");
    private final GridPlanner planner = new GridPlanner(new BigDecimal("0.002"), new BigDecimal("0.00055"));

    @Test
    void sizesEachSlotFromBudgetLeverageAndFeeReserveAtItsBuyPrice() {
        GridSpec spec = new GridSpec(Price.of("60000"), Price.of("64000"), 4, GridSpacing.ARITHMETIC);

        var planned = (PlanOutcome.Planned) planner.plan(spec, BTC, Money.of("1000"), 2);

        // 1000 × 2 × 0.998 / 4 = 499 per slot; 499 / 60000 = 0.00831 → step 0.001 → 0.008
        assertThat(planned.slots()).extracting(PlannedSlot::buyPrice)
                .containsExactly(Price.of("60000"), Price.of("61000"), Price.of("62000"), Price.of("63000"));
        assertThat(planned.slots()).extracting(PlannedSlot::sellPrice)
                .containsExactly(Price.of("61000"), Price.of("62000"), Price.of("63000"), Price.of("64000"));
        assertThat(planned.slots()).extracting(PlannedSlot::quantity)
                .containsExactly(Quantity.of("0.008"), Quantity.of("0.008"), Quantity.of("0.008"), Quantity.of("0.007"));
    }

    @Test
    void refusesAGridWhoseSlotsWouldTradeLessThanTheMinimumQuantity() {
        GridSpec spec = new GridSpec(Price.of("60000"), Price.of("64000"), 10, GridSpacing.ARITHMETIC);

        var outcome = planner.plan(spec, BTC, Money.of("50"), 1);

        assertThat(outcome).isInstanceOfSatisfying(PlanOutcome.Refused.class,
                refused -> assertThat(refused.reason()).contains("below the minimum order quantity 0.001"));
    }

    @Test
    void refusesAGridWhoseSpacingIsBelowOneTick() {
        GridSpec spec = new GridSpec(Price.of("60000"), Price.of("60005"), 100, GridSpacing.GEOMETRIC);

        var outcome = planner.plan(spec, BTC, Money.of("100000"), 10);

        assertThat(outcome).isInstanceOfSatisfying(PlanOutcome.Refused.class,
                refused -> assertThat(refused.reason()).contains("below one price tick"));
    }

    @Test
    void refusesASymbolQuorumDoesNotTrade() {
        GridSpec spec = new GridSpec(Price.of("1"), Price.of("2"), 2, GridSpacing.ARITHMETIC);

        var outcome = planner.plan(spec, Symbol.of("DOGEUSDT"), Money.of("1000"), 1);

        assertThat(outcome).isEqualTo(new PlanOutcome.Refused("symbol", "symbol DOGEUSDT is not traded by Quorum"));
    }

    @Test
    void geometricLevelsOfAWideRangeGrowByTheSameRatio() {
        GridSpec spec = new GridSpec(Price.of("1000"), Price.of("8000"), 3, GridSpacing.GEOMETRIC);

        var planned = (PlanOutcome.Planned) planner.plan(spec, Symbol.of("ETHUSDT"), Money.of("1000"), 1);

        assertThat(planned.slots()).extracting(PlannedSlot::buyPrice)
                .containsExactly(Price.of("1000"), Price.of("2000"), Price.of("4000"));
        assertThat(planned.slots().getLast().sellPrice()).isEqualTo(Price.of("8000"));
    }
}
