package io.quorum.grid.slots;

/** Something asked a slot to do what its state does not allow: a bug or a message out of order, never ignored. */
public class IllegalSlotTransitionException extends IllegalStateException {

    public IllegalSlotTransitionException(int slot, SlotState state, String action) {
        super("slot " + slot + " cannot " + action + " while " + state);
    }
}
