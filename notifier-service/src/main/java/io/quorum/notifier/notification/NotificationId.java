package io.quorum.notifier.notification;

/** One entry of a user's notification history. */
public record NotificationId(long value) {

    public NotificationId {
        if (value <= 0) {
            throw new IllegalArgumentException("notification id must be positive, was " + value);
        }
    }
}
