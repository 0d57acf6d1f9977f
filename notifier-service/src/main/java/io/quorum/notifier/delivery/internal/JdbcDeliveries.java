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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deliveries in the {@code deliveries} table; the worker is woken when new ones commit. A claimed delivery is in
 * flight ({@code leased_until}) until its attempt is recorded or its lease ends; while it is, no other delivery of
 * the same user and channel is claimed.
 */
public class JdbcDeliveries implements Deliveries {

    /** The first key of the claims' advisory lock (the second is the channel's): "notifier deliveries". */
    private static final int CLAIM_LOCK = 0x4e6f7464;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Consumer<Channel> wakeUpWorker;

    public JdbcDeliveries(JdbcClient jdbc, TransactionTemplate transactions, Consumer<Channel> wakeUpWorker) {
        this.jdbc = jdbc;
        this.transactions = transactions;
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
        // Fair per user: a user with a delivery in flight on the channel (leased and not yet recorded) gets none
        // more, every other user at most one: their oldest due. Claims of one channel take turns across all
        // instances (a transaction-scoped advisory lock), so "in flight" is seen the same everywhere; the claim
        // itself is one statement that locks, leases and returns the rows.
        return transactions.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))")
                    .params(CLAIM_LOCK, channel == null ? "*" : channel).query((rs, n) -> 1).list();
            return jdbc.sql("""
                            with busy as (
                                select distinct user_id, channel from deliveries
                                where status = 'PENDING' and leased_until > ?
                                  and (cast(? as text) is null or channel = ?)),
                            oldest as (
                                select distinct on (user_id, channel) id, next_attempt_at from deliveries d
                                where status = 'PENDING' and next_attempt_at <= ?
                                  and (cast(? as text) is null or channel = ?)
                                  and not exists (select 1 from busy b where b.user_id = d.user_id and b.channel = d.channel)
                                order by user_id, channel, next_attempt_at, id),
                            due as (
                                select d.id from deliveries d join oldest o on o.id = d.id
                                where d.status = 'PENDING'
                                order by o.next_attempt_at, o.id
                                limit ?
                                for update of d skip locked)
                            update deliveries d set next_attempt_at = ?, leased_until = ?
                            from due, notifications n
                            where d.id = due.id and n.id = d.notification_id
                            returning d.id, d.user_id, d.channel, d.status, d.attempts, d.next_attempt_at, d.last_error,
                                      d.delivered_at, n.text""")
                    .params(Timestamp.from(now), channel, channel, Timestamp.from(now), channel, channel, limit,
                            Timestamp.from(leaseUntil), Timestamp.from(leaseUntil))
                    .query((rs, n) -> new DueDelivery(read(rs), rs.getString("text")))
                    .list();
        });
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
                        set status = ?, attempts = ?, next_attempt_at = ?, last_error = ?, delivered_at = ?, leased_until = null
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
