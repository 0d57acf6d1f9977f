package io.quorum.grid.levels;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * Figures for a planned grid. A cycle's profit is what a slot earns when its buy and then its sell
 * fill as makers (both are resting limit orders): {@code q·(sell − buy) − makerFee·q·(buy + sell)}.
 * The commitment per buy is what the allocation reserves: {@code notional / leverage + notional × takerFee}.
 */
public final class GridPreviewer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal makerFee;
    private final BigDecimal takerFee;

    public GridPreviewer(BigDecimal makerFee, BigDecimal takerFee) {
        if (makerFee.signum() < 0 || makerFee.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("maker fee must be in [0, 1), was " + makerFee.toPlainString());
        }
        this.makerFee = makerFee;
        this.takerFee = takerFee;
    }

    public GridPreview preview(Symbol symbol, PlanOutcome.Planned plan, int leverage) {
        List<PlannedSlot> slots = plan.slots();
        PlannedSlot lowest = slots.getFirst();
        PlannedSlot highest = slots.getLast();
        Comparator<Quantity> byValue = Comparator.comparing(Quantity::value);
        var quantities = new GridPreview.QuantityRange(
                slots.stream().map(PlannedSlot::quantity).min(byValue).orElseThrow(),
                slots.stream().map(PlannedSlot::quantity).max(byValue).orElseThrow());
        Money committed = slots.stream().map(slot -> commitment(slot, leverage)).reduce(Money.ZERO, Money::plus);
        return new GridPreview(symbol, slots, quantities,
                new GridPreview.AtEnds<>(cyclePercent(lowest), cyclePercent(highest)),
                new GridPreview.AtEnds<>(cycleProfit(lowest), cycleProfit(highest)), committed, leverage);
    }

    /** One cycle's net profit as a percentage of the buy notional, to 4 decimals; independent of the quantity. */
    BigDecimal cyclePercent(PlannedSlot slot) {
        BigDecimal buy = slot.buyPrice().value();
        BigDecimal sell = slot.sellPrice().value();
        BigDecimal net = sell.subtract(buy).subtract(makerFee.multiply(buy.add(sell)));
        return net.multiply(HUNDRED).divide(buy, 4, RoundingMode.HALF_EVEN);
    }

    Money cycleProfit(PlannedSlot slot) {
        Money bought = slot.buyPrice().times(slot.quantity());
        Money sold = slot.sellPrice().times(slot.quantity());
        return sold.minus(bought).minus(bought.plus(sold).times(makerFee));
    }

    private Money commitment(PlannedSlot slot, int leverage) {
        Money notional = slot.buyPrice().times(slot.quantity());
        return notional.dividedBy(BigDecimal.valueOf(leverage)).plus(notional.times(takerFee));
    }
}
