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
 * Turns a grid spec and a budget into slots: levels on the tick, and per slot the notional
 * {@code investment × leverage × (1 − feeReserve) / (n × (1 + leverage × takerFee))}, stepped down to
 * the instrument's quantity step. Each buy then commits {@code notional / leverage + notional ×
 * takerFee} — what the allocation reserves for it — so all slots together fit the budget at any
 * leverage, with the fee reserve as a margin of safety.
 */
public final class GridPlanner {

    private final BigDecimal feeReserve;
    private final BigDecimal takerFee;
    private final LevelSpacingPolicy spacing = new LevelSpacingPolicy();
    private final MinimumOrderPolicy minimumOrder = new MinimumOrderPolicy();

    public GridPlanner(BigDecimal feeReserve, BigDecimal takerFee) {
        if (feeReserve.signum() < 0 || feeReserve.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("fee reserve must be in [0, 1), was " + feeReserve.toPlainString());
        }
        if (takerFee.signum() < 0 || takerFee.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("taker fee must be in [0, 1), was " + takerFee.toPlainString());
        }
        this.feeReserve = feeReserve;
        this.takerFee = takerFee;
    }

    /** Sizes the grid on its investment ({@link GridSpec#investmentWithin}), which must fit the bot's budget. */
    public PlanOutcome plan(GridSpec spec, Symbol symbol, Money budget, int leverage) {
        Optional<Instrument> found = Instruments.find(symbol);
        if (found.isEmpty()) {
            return new PlanOutcome.Refused("symbol", "symbol " + symbol + " is not traded by Quorum");
        }
        Money investment = spec.investmentWithin(budget);
        if (investment.exceeds(budget)) {
            return new PlanOutcome.Refused("grid.investment", "the investment " + investment + " USDT exceeds the bot's budget "
                    + budget + " USDT");
        }
        Instrument instrument = found.get();
        List<BigDecimal> exact = GridMath.exactLevels(spec);
        List<BigDecimal> levels = GridMath.onTicks(exact, spec, instrument);
        Verdict spaced = spacing.check(exact, levels, instrument);
        if (spaced.refused()) {
            return new PlanOutcome.Refused("grid.gridCount", spaced.reason());
        }
        BigDecimal lev = BigDecimal.valueOf(leverage);
        BigDecimal perSlot = investment.value().multiply(lev).multiply(BigDecimal.ONE.subtract(feeReserve))
                .divide(BigDecimal.valueOf(spec.gridCount()).multiply(BigDecimal.ONE.add(lev.multiply(takerFee))),
                        Money.SCALE, RoundingMode.FLOOR);
        List<PlannedSlot> slots = new ArrayList<>(spec.gridCount());
        for (int i = 0; i < spec.gridCount(); i++) {
            Price buy = Price.of(levels.get(i));
            Quantity quantity = instrument.stepDown(perSlot.divide(buy.value(), Money.SCALE, RoundingMode.FLOOR));
            PlannedSlot slot = new PlannedSlot(i, buy, Price.of(levels.get(i + 1)), quantity);
            Verdict sized = minimumOrder.check(slot, instrument);
            if (sized.refused()) {
                return new PlanOutcome.Refused("grid.investment", sized.reason());
            }
            slots.add(slot);
        }
        return new PlanOutcome.Planned(slots);
    }

    /** The fee rate the allocation reserves on every order, which each slot's size leaves room for. */
    public BigDecimal takerFee() {
        return takerFee;
    }
}
