package io.quorum.notifier.notification.internal;

import io.quorum.notifier.notification.Notification;
import io.quorum.notifier.notification.NotificationId;
import io.quorum.notifier.notification.Notifications;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The history in the {@code notifications} table. */
class JdbcNotifications implements Notifications {

    private final JdbcClient jdbc;

    JdbcNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<NotificationId> add(Notification notification) {
        return jdbc.sql("""
                        insert into notifications (event_id, user_id, bot_id, kind, text, occurred_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (event_id) do nothing
                        returning id""")
                .params(notification.eventId().value(), notification.userId().value(),
                        notification.botId() == null ? null : notification.botId().value(),
                        notification.kind().name(), notification.text(), Timestamp.from(notification.occurredAt()))
                .query(Long.class)
                .optional()
                .map(NotificationId::new);
    }
}
