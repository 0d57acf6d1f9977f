package io.quorum.contracts.orders;

/** Buy or sell. */
public enum Side {
    BUY,
    SELL;

    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }
}
