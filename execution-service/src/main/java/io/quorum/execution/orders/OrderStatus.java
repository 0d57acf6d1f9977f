package io.quorum.execution.orders;

/**
 * Where a venue order is in its life; every status but SUBMITTING and OPEN is final. SUBMITTING: the live
 * venue was (or is about to be) asked and has not answered yet.
 */
public enum OrderStatus {
    SUBMITTING,
    OPEN,
    FILLED,
    CANCELLED,
    REJECTED
}
