package io.quorum.grid.levels;

import io.quorum.contracts.market.Instrument;

/** Every slot must trade at least the venue's minimum quantity, or the grid cannot run. */
public final class MinimumOrderPolicy {

    public Verdict check(PlannedSlot slot, Instrument instrument) {
        if (slot.quantity().value().compareTo(instrument.minQty()) < 0) {
            return Verdict.refuse("the quantity per level would be " + slot.quantity() + " " + instrument.symbol()
                    + " (slot " + slot.index() + " at " + slot.buyPrice() + "), below the minimum order quantity "
                    + instrument.minQty().stripTrailingZeros().toPlainString()
                    + ": raise the investment or leverage, or use fewer grids");
        }
        return Verdict.allow();
    }
}
