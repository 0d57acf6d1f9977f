package io.quorum.notifier.notification;

/**
 * Pushes a user's new notifications to wherever they are watching live (their open browser tabs), on whichever
 * notifier instance their browser is connected to.
 */
public interface LiveFeed {

    /**
     * Called in the transaction that adds the notification to the history: the push goes out when, and only if, that
     * transaction commits. Never throws for a viewer's failure.
     */
    void publish(NotificationId id, Notification notification);
}
