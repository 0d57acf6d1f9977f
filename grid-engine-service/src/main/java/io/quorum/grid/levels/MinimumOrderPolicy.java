package io.quorum.grid.levels;

import io.quorum.contracts.market.Instrument;

/** Every slot must trade at least the venue's minimum quantity, or the grid cannot run. */
public final class MinimumOrderPolicy {

    public Verdict check(PlannedSlot slot, Instrument instrument) {
        if (slot.quantity().value().compareTo(instrument.minQty()) < 0) {
            return Verdict.refuse("slot " + slot.index() + " would trade " + slot.quantity() + " " + instrument.symbol()
                    + " at " + slot.buyPrice() + ", below the minimum order quantity " + instrument.minQty().toPlainString()
                    + ": raise the budget or leverage, or use fewer grids");
        }
        return Verdict.allow();
    }
}
