package io.quorum.notifier.notification;

/** Pushes a user's new notifications to wherever they are watching live (their open browser tabs). */
public interface LiveFeed {

    /** Called once the notification is committed to the history; never throws for a viewer's failure. */
    void publish(NotificationId id, Notification notification);
}
