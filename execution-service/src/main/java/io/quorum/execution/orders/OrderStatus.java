package io.quorum.execution.orders;

/** Where a venue order is in its life; every status but OPEN is final. */
public enum OrderStatus {
    OPEN,
    FILLED,
    CANCELLED,
    REJECTED
}
