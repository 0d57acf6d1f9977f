package io.quorum.grid.slots;

import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;

/** A slot's persisted state; {@code intentId} is the slot's latest intent (null before the first and after a failed one). */
public record SlotRecord(int index, Price buyPrice, Price sellPrice, Quantity quantity, SlotState state, int round,
                         IntentId intentId, CycleBook book) {
}
