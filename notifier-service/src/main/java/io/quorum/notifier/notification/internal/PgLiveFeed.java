package io.quorum.notifier.notification.internal;

import io.quorum.notifier.notification.LiveFeed;
import io.quorum.notifier.notification.Notification;
import io.quorum.notifier.notification.NotificationId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tells every notifier instance of a new notification with PostgreSQL's {@code NOTIFY}, in the transaction that adds
 * it: PostgreSQL sends it to the listeners when that transaction commits, and never if it rolls back. The message is
 * only {@code <userId>:<notificationId>} (NOTIFY payloads are capped at 8,000 bytes; a text may be longer): an
 * instance with a browser session of that user reads the entry from the history.
 */
class PgLiveFeed implements LiveFeed {

    private final JdbcClient jdbc;
    private final String channel;

    PgLiveFeed(JdbcClient jdbc, String channel) {
        this.jdbc = jdbc;
        this.channel = channel;
    }

    @Override
    public void publish(NotificationId id, Notification notification) {
        jdbc.sql("select pg_notify(?, ?)").params(channel, notification.userId().value() + ":" + id.value())
                .query((rs, n) -> 1).list();
    }
}
