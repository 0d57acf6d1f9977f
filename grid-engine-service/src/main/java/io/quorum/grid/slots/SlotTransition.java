package io.quorum.grid.slots;

import io.quorum.contracts.ids.IntentId;
import java.time.Instant;

/** A slot moved from one state to another at an event time; {@code from} is null when the slot was created. */
public record SlotTransition(int slot, SlotState from, SlotState to, Instant at, IntentId intentId, int round) {
}
