package io.quorum.execution.platform;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.serde.EventJson;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transactional outbox: an event is written in the same database transaction as the state
 * change that caused it, and {@link OutboxRelay} publishes it right after the commit. Either both
 * the state and the event exist, or neither does; if Kafka is down at that moment the background
 * relay keeps trying.
 *
 * <p>On a Kafka listener's thread the flush runs on that thread, before the record's offset is
 * committed (the replay's pipeline barrier relies on it). Any other thread — a user's request, the
 * market replay, a worker deciding for one bot — only wakes the background relay: a flush needs a
 * second connection while the committed one is still bound to the thread, so as many concurrent
 * committers as the pool has connections would each hold one and wait for another — the pool
 * starves until its timeout (seen as 500s on bot starts under load).
 */
public class Outbox {

    private final JdbcClient jdbc;
    private final OutboxRelay relay;
    private final Consumer<Envelope<?>> observer;

    public Outbox(JdbcClient jdbc, OutboxRelay relay) {
        this(jdbc, relay, event -> {
        });
    }

    /** {@code observer} sees every event added, in the adding transaction (the metrics count them once it commits). */
    public Outbox(JdbcClient jdbc, OutboxRelay relay, Consumer<Envelope<?>> observer) {
        this.jdbc = jdbc;
        this.relay = relay;
        this.observer = observer;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void add(Envelope<?> event) {
        jdbc.sql("insert into outbox (topic, record_key, event_id, payload) values (?, ?, ?, ?)")
                .params(event.topic().name(), event.key(), event.eventId().value(), EventJson.write(event))
                .update();
        observer.accept(event);
        if (TransactionSynchronizationManager.hasResource(this)) {
            return; // this transaction already flushes after its commit
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                if (KafkaUtils.getConsumerGroupId() != null) {
                    relay.flush();
                } else {
                    relay.wakeUp();
                }
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResource(Outbox.this);
            }
        });
    }
}
