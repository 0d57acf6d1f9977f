package io.quorum.grid.levels;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.bots.GridSpacing;
import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.market.Instruments;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

class GridPlannerPropertiesTest {

    private static final Symbol ETH = Symbol.of("ETHUSDT");
    private static final Instrument INSTRUMENT = Instruments.of(ETH);
    private static final BigDecimal RESERVE = new BigDecimal("0.002");
    private static final BigDecimal TAKER = new BigDecimal("0.00055");

    @Property
    void aRunnableGridsBuysNeverNeedMoreMarginAndFeesThanTheBudgetAtAnyLeverage(
            @ForAll @BigRange(min = "10", max = "100000") @Scale(2) BigDecimal budget,
            @ForAll @IntRange(min = 1, max = 20) int leverage,
            @ForAll @IntRange(min = 2, max = 100) int grids,
            @ForAll GridSpacing spacing) {
        GridSpec spec = new GridSpec(Price.of("1500"), Price.of("4500"), grids, spacing);

        PlanOutcome outcome = new GridPlanner(RESERVE, TAKER).plan(spec, ETH, Money.of(budget), leverage);

        if (outcome instanceof PlanOutcome.Planned planned) {
            // what the allocation reserves for each buy: margin plus the taker fee
            Money committed = planned.slots().stream().map(slot -> slot.buyPrice().times(slot.quantity()))
                    .map(notional -> notional.dividedBy(BigDecimal.valueOf(leverage)).plus(notional.times(TAKER)))
                    .reduce(Money.ZERO, Money::plus);
            Money allowed = Money.of(budget).times(BigDecimal.ONE.subtract(RESERVE));
            assertThat(committed).isLessThanOrEqualTo(allowed);
            assertThat(planned.slots()).allSatisfy(slot -> assertThat(INSTRUMENT.isTradable(slot.quantity())).isTrue());
        } else {
            assertThat(((PlanOutcome.Refused) outcome).reason()).contains("minimum order quantity");
        }
    }
}
