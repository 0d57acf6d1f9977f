package io.quorum.notifier.notification;

import java.util.Optional;

/** Every user's notification history. */
public interface Notifications {

    /** Adds the notification, or answers empty when one for the same event already exists. */
    Optional<NotificationId> add(Notification notification);
}
