package io.quorum.notifier.delivery;

/** Where one message to one channel stands. DELIVERED and FAILED are final. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}
