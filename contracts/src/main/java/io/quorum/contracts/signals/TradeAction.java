package io.quorum.contracts.signals;

/**
 * What the voters of an AI trend bot may ask for, and what a decision comes to. {@code DCA} adds to the
 * open position; {@code STOP_LOSS} closes it as an emergency; {@code HOLD} is what happens when no other
 * action reaches its threshold, so it has no threshold of its own.
 */
public enum TradeAction {
    LONG,
    SHORT,
    CLOSE,
    DCA,
    STOP_LOSS,
    HOLD;

    public boolean needsQuorum() {
        return this != HOLD;
    }
}
