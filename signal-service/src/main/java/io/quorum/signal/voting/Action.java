package io.quorum.signal.voting;

/**
 * What a voter proposes for a bot on one symbol. {@code DCA} adds to an open position;
 * {@code STOP_LOSS} closes it as an emergency and needs fewer votes than a plain {@code CLOSE}.
 */
public enum Action {
    LONG,
    SHORT,
    CLOSE,
    DCA,
    STOP_LOSS,
    HOLD;

    /** HOLD is what happens when nothing passes, so it never needs a quorum of its own. */
    public boolean needsQuorum() {
        return this != HOLD;
    }
}
