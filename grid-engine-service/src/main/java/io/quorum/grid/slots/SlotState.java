package io.quorum.grid.slots;

/** Where a slot is in its cycle: waiting, buying, holding, selling, sold. */
public enum SlotState {
    PENDING,
    BUY_PLACED,
    BUY_FILLED,
    SELL_PLACED,
    SELL_FILLED
}
