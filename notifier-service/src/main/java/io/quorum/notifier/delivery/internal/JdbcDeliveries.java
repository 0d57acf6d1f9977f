package io.quorum.notifier.delivery.internal;

import io.quorum.contracts.ids.EventId;
import io.quorum.contracts.ids.UserId;
import io.quorum.notifier.delivery.Deliveries;
import io.quorum.notifier.delivery.Delivery;
import io.quorum.notifier.delivery.DeliveryStatus;
import io.quorum.notifier.notification.NotificationId;
import io.quorum.notifier.settings.Channel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Deliveries in the {@code deliveries} table; the worker is woken when new ones commit. */
public class JdbcDeliveries implements Deliveries {

    private final JdbcClient jdbc;
    private final Consumer<Channel> wakeUpWorker;

    public JdbcDeliveries(JdbcClient jdbc, Consumer<Channel> wakeUpWorker) {
        this.jdbc = jdbc;
        this.wakeUpWorker = wakeUpWorker;
    }

    @Override
    public void schedule(NotificationId notificationId, EventId eventId, UserId userId, Channel channel, Instant due) {
        jdbc.sql("""
                        insert into deliveries (notification_id, event_id, user_id, channel, status, attempts, next_attempt_at)
                        values (?, ?, ?, ?, 'PENDING', 0, ?)
                        on conflict (event_id, channel) do nothing""")
                .params(notificationId.value(), eventId.value(), userId.value(), channel.name(), Timestamp.from(due))
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wakeUpWorker.accept(channel);
                }
            });
        }
    }

    @Override
    public List<DueDelivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        return claim(null, now, leaseUntil, limit);
    }

    @Override
    public List<DueDelivery> claimDue(Channel channel, Instant now, Instant leaseUntil, int limit) {
        return claim(channel.name(), now, leaseUntil, limit);
    }

    private List<DueDelivery> claim(String channel, Instant now, Instant leaseUntil, int limit) {
        // one statement: the rows are locked, pushed past the lease and returned atomically
        return jdbc.sql("""
                        with due as (
                            select id from deliveries
                            where status = 'PENDING' and next_attempt_at <= ? and (cast(? as text) is null or channel = ?)
                            order by next_attempt_at, id
                            limit ?
                            for update skip locked)
                        update deliveries d set next_attempt_at = ?
                        from due, notifications n
                        where d.id = due.id and n.id = d.notification_id
                        returning d.id, d.user_id, d.channel, d.status, d.attempts, d.next_attempt_at, d.last_error,
                                  d.delivered_at, n.text""")
                .params(Timestamp.from(now), channel, channel, limit, Timestamp.from(leaseUntil))
                .query((rs, n) -> new DueDelivery(read(rs), rs.getString("text")))
                .list();
    }

    @Override
    public int deliveredSince(UserId userId, Channel channel, Instant since) {
        return jdbc.sql("""
                        select count(*) from deliveries
                        where user_id = ? and channel = ? and status = 'DELIVERED' and delivered_at > ?""")
                .params(userId.value(), channel.name(), Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    @Override
    public void record(Delivery before, Delivery after) {
        int recorded = jdbc.sql("""
                        update deliveries
                        set status = ?, attempts = ?, next_attempt_at = ?, last_error = ?, delivered_at = ?
                        where id = ? and status = 'PENDING' and attempts = ?""")
                .params(after.status().name(), after.attempts(), Timestamp.from(after.nextAttemptAt()),
                        after.lastError(), after.deliveredAt() == null ? null : Timestamp.from(after.deliveredAt()),
                        before.id(), before.attempts())
                .update();
        if (recorded == 1 && after.status() == DeliveryStatus.FAILED) {
            // the dead letter: what could not be told, to whom, through which channel and why, for the user and
            // the operator to read; written once, by the worker whose update ended the delivery
            jdbc.sql("""
                            insert into dead_letters (delivery_id, notification_id, event_id, user_id, channel, kind,
                                                      text, attempts, last_error)
                            select d.id, d.notification_id, d.event_id, d.user_id, d.channel, n.kind, n.text, d.attempts,
                                   d.last_error
                            from deliveries d join notifications n on n.id = d.notification_id
                            where d.id = ?
                            on conflict (delivery_id) do nothing""")
                    .param(before.id())
                    .update();
        }
    }

    private static Delivery read(ResultSet rs) throws SQLException {
        Timestamp delivered = rs.getTimestamp("delivered_at");
        return new Delivery(rs.getLong("id"), new UserId(rs.getObject("user_id", UUID.class)),
                Channel.valueOf(rs.getString("channel")), DeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"),
                delivered == null ? null : delivered.toInstant());
    }
}
