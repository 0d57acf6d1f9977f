package io.quorum.signal.voting;

import io.quorum.contracts.signals.TradeAction;

/**
 * What a voter proposes for a bot on one symbol. {@code DCA} adds to an open position;
 * {@code STOP_LOSS} closes it as an emergency and needs fewer votes than a plain {@code CLOSE}.
 * The published {@link TradeAction} names the same six actions; this one is the domain's own, so
 * the wire form can evolve without touching the consensus rules.
 */
public enum Action {
    LONG,
    SHORT,
    CLOSE,
    DCA,
    STOP_LOSS,
    HOLD;

    public static Action of(TradeAction published) {
        return valueOf(published.name());
    }

    public TradeAction published() {
        return TradeAction.valueOf(name());
    }

    /** HOLD is what happens when nothing passes, so it never needs a quorum of its own. */
    public boolean needsQuorum() {
        return this != HOLD;
    }
}
