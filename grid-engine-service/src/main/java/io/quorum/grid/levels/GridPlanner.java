package io.quorum.grid.levels;

import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.market.Instruments;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a grid spec and a budget into slots: levels on the tick, and per slot the quantity
 * {@code stepDown(budget × leverage × (1 − feeReserve) / n / buyPrice)}. The fee reserve keeps the
 * budget from being fully committed to notional, so the fees still fit.
 */
public final class GridPlanner {

    private final BigDecimal feeReserve;
    private final LevelSpacingPolicy spacing = new LevelSpacingPolicy();
    private final MinimumOrderPolicy minimumOrder = new MinimumOrderPolicy();

    public GridPlanner(BigDecimal feeReserve) {
        if (feeReserve.signum() < 0 || feeReserve.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("fee reserve must be in [0, 1), was " + feeReserve.toPlainString());
        }
        this.feeReserve = feeReserve;
    }

    public PlanOutcome plan(GridSpec spec, Symbol symbol, Money budget, int leverage) {
        Optional<Instrument> found = Instruments.find(symbol);
        if (found.isEmpty()) {
            return new PlanOutcome.Refused("symbol " + symbol + " is not traded by Quorum");
        }
        Instrument instrument = found.get();
        List<BigDecimal> levels = GridMath.onTicks(GridMath.exactLevels(spec), spec, instrument);
        Verdict spaced = spacing.check(levels, instrument);
        if (spaced.refused()) {
            return new PlanOutcome.Refused(spaced.reason());
        }
        BigDecimal perSlot = budget.value().multiply(BigDecimal.valueOf(leverage))
                .multiply(BigDecimal.ONE.subtract(feeReserve))
                .divide(BigDecimal.valueOf(spec.gridCount()), Money.SCALE, RoundingMode.FLOOR);
        List<PlannedSlot> slots = new ArrayList<>(spec.gridCount());
        for (int i = 0; i < spec.gridCount(); i++) {
            Price buy = Price.of(levels.get(i));
            Quantity quantity = instrument.stepDown(perSlot.divide(buy.value(), Money.SCALE, RoundingMode.FLOOR));
            PlannedSlot slot = new PlannedSlot(i, buy, Price.of(levels.get(i + 1)), quantity);
            Verdict sized = minimumOrder.check(slot, instrument);
            if (sized.refused()) {
                return new PlanOutcome.Refused(sized.reason());
            }
            slots.add(slot);
        }
        return new PlanOutcome.Planned(slots);
    }
}
