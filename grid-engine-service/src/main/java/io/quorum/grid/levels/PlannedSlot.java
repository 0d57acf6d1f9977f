package io.quorum.grid.levels;

import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;

/** Slot {@code index} buys {@code quantity} at level {@code index} and sells it at level {@code index + 1}. */
public record PlannedSlot(int index, Price buyPrice, Price sellPrice, Quantity quantity) {
}
