package io.quorum.notifier.notification.internal;

import io.quorum.contracts.ids.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads a user's history with the state of each channel's delivery, newest first. */
class NotificationHistory {

    record Entry(long id, UUID eventId, String kind, UUID botId, String text, Instant occurredAt,
                 List<DeliveryState> deliveries) {
    }

    record DeliveryState(String channel, String status, int attempts, Instant nextAttemptAt, String lastError,
                         Instant deliveredAt) {
    }

    record DeadLetter(long id, UUID eventId, String kind, String channel, String text, int attempts, String lastError,
                      Instant failedAt) {
    }

    private final JdbcClient jdbc;

    NotificationHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Up to {@code limit} of the user's notifications, newest first, after the one numbered {@code afterId} (the
     * user's own: another's marks nothing and gives nothing).
     */
    List<Entry> of(UserId userId, Optional<Long> afterId, int limit) {
        Map<Long, Entry> entries = new LinkedHashMap<>();
        jdbc.sql("""
                        select n.id, n.event_id, n.kind, n.bot_id, n.text, n.occurred_at,
                               d.channel, d.status, d.attempts, d.next_attempt_at, d.last_error, d.delivered_at
                        from (select * from notifications where user_id = :user
                              and (cast(:after as bigint) is null or (occurred_at, id) <
                                   (select occurred_at, id from notifications where id = :after and user_id = :user))
                              order by occurred_at desc, id desc limit :limit) n
                        left join deliveries d on d.notification_id = n.id
                        order by n.occurred_at desc, n.id desc, d.channel""")
                .param("user", userId.value()).param("after", afterId.orElse(null)).param("limit", limit)
                .query(rs -> {
                    Entry entry = entries.computeIfAbsent(rs.getLong("id"), id -> entryOf(rs));
                    if (rs.getString("channel") != null) {
                        entry.deliveries().add(deliveryOf(rs));
                    }
                });
        return List.copyOf(entries.values());
    }

    /**
     * Up to {@code limit} of the user's dead letters, newest first, after the one numbered {@code afterId} (the user's
     * own: another's marks nothing and gives nothing).
     */
    List<DeadLetter> deadLettersOf(UserId userId, Optional<Long> afterId, int limit) {
        return jdbc.sql("""
                        select id, event_id, kind, channel, text, attempts, last_error, failed_at from dead_letters
                        where user_id = :user
                          and (cast(:after as bigint) is null or (failed_at, id) <
                               (select failed_at, id from dead_letters where id = :after and user_id = :user))
                        order by failed_at desc, id desc limit :limit""")
                .param("user", userId.value()).param("after", afterId.orElse(null)).param("limit", limit)
                .query((rs, n) -> new DeadLetter(rs.getLong("id"), rs.getObject("event_id", UUID.class),
                        rs.getString("kind"), rs.getString("channel"), rs.getString("text"), rs.getInt("attempts"),
                        rs.getString("last_error"), instant(rs, "failed_at")))
                .list();
    }

    private static Entry entryOf(ResultSet rs) {
        try {
            return new Entry(rs.getLong("id"), rs.getObject("event_id", UUID.class), rs.getString("kind"),
                    rs.getObject("bot_id", UUID.class), rs.getString("text"), instant(rs, "occurred_at"),
                    new ArrayList<>());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DeliveryState deliveryOf(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        return new DeliveryState(rs.getString("channel"), status, rs.getInt("attempts"),
                "PENDING".equals(status) ? instant(rs, "next_attempt_at") : null,
                rs.getString("last_error"), instant(rs, "delivered_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
