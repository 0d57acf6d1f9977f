package io.quorum.grid.slots;

import io.quorum.contracts.money.Money;

/** A grid's results so far: every fill counted, every completed cycle's profit booked. */
public record GridStats(Money realizedProfit, int buyFills, int sellFills, int completedCycles, Money feesPaid) {

    public static final GridStats NONE = new GridStats(Money.ZERO, 0, 0, 0, Money.ZERO);

    public GridStats withBuyFill(Fill fill) {
        return new GridStats(realizedProfit, buyFills + 1, sellFills, completedCycles, feesPaid.plus(fill.fee()));
    }

    public GridStats withSellFill(Fill fill) {
        return new GridStats(realizedProfit, buyFills, sellFills + 1, completedCycles, feesPaid.plus(fill.fee()));
    }

    public GridStats withCycle(Money profit) {
        return new GridStats(realizedProfit.plus(profit), buyFills, sellFills, completedCycles + 1, feesPaid);
    }
}
