package io.quorum.grid.slots;

import io.quorum.contracts.orders.Side;
import java.time.Instant;

/** One fill a grid took, at its event time; {@code completedCycle} when it was the sell fill closing a cycle. */
public record FillActivity(int slot, Side side, Instant at, boolean completedCycle) {
}
