package io.quorum.grid.slots;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.bots.GridSpacing;
import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.Side;
import io.quorum.grid.levels.GridPlanner;
import io.quorum.grid.levels.GridPreview;
import io.quorum.grid.levels.GridPreviewer;
import io.quorum.grid.levels.PlanOutcome;
import io.quorum.grid.levels.PlannedSlot;
import java.math.BigDecimal;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * The profit per grid a trader is shown before starting equals what the grid then books for one
 * cycle: the preview's figure for the lowest and the highest level against a slot of the planned
 * grid taken through a buy and a sell that both fill as makers at their level prices.
 */
class PreviewProfitPropertiesTest {

    private static final Symbol BTC = Symbol.of("BTCUSDT");
    private static final BigDecimal TAKER = new BigDecimal("0.00055");

    @Property(tries = 300)
    void theProfitPerGridShownIsTheProfitOfASimulatedCycle(
            @ForAll @BigRange(min = "20000", max = "100000") @Scale(1) BigDecimal lower,
            @ForAll @IntRange(min = 2, max = 300) int widthPermille,
            @ForAll @IntRange(min = 2, max = 60) int gridCount,
            @ForAll GridSpacing spacing,
            @ForAll @IntRange(min = 1, max = 20) int leverage,
            @ForAll @IntRange(min = 0, max = 10) int makerBasisPoints) {
        BigDecimal upper = lower.add(lower.multiply(BigDecimal.valueOf(widthPermille, 3))).setScale(1, java.math.RoundingMode.DOWN);
        GridSpec spec = new GridSpec(Price.of(lower), Price.of(upper), gridCount, spacing);
        BigDecimal maker = BigDecimal.valueOf(makerBasisPoints, 4);
        PlanOutcome outcome = new GridPlanner(new BigDecimal("0.002"), TAKER).plan(spec, BTC, Money.of("250000"), leverage);
        Assume.that(outcome instanceof PlanOutcome.Planned);
        PlanOutcome.Planned plan = (PlanOutcome.Planned) outcome;

        GridPreview preview = new GridPreviewer(maker, TAKER).preview(BTC, plan, leverage);

        assertThat(preview.profitPerGrid().lowestLevel()).isEqualTo(simulatedCycle(plan.slots().getFirst(), maker));
        assertThat(preview.profitPerGrid().highestLevel()).isEqualTo(simulatedCycle(plan.slots().getLast(), maker));
    }

    /** A slot of the grid bought and sold at its level prices, each leg paying the maker fee on its notional. */
    private static Money simulatedCycle(PlannedSlot planned, BigDecimal maker) {
        Slot slot = Slot.planned(SlotTest.BOT, planned, 0, SlotTest.T0);
        slot.placeBuy(SlotTest.T0);
        Money buyFee = planned.buyPrice().times(planned.quantity()).times(maker);
        slot.buyFilled(new Fill(Side.BUY, planned.buyPrice(), planned.quantity(), buyFee, true), SlotTest.T0);
        slot.placeSell(SlotTest.T0);
        Money sellFee = planned.sellPrice().times(planned.quantity()).times(maker);
        return slot.sellFilled(new Fill(Side.SELL, planned.sellPrice(), planned.quantity(), sellFee, true), SlotTest.T0)
                .orElseThrow();
    }
}
