package io.quorum.execution.platform;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox rows to Kafka in the order they were written, then deletes them. One instance
 * at a time holds the advisory lock, so order is kept even with several replicas. A crash between
 * the send and the delete publishes a row twice: consumers are idempotent by event id.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 500;

    private record Row(long id, String topic, String key, byte[] payload) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, Object> kafka;
    private final long lockId;
    private final Duration idlePoll;
    private final Semaphore signal = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, Object> kafka,
                       String serviceName, Duration idlePoll) {
        this.jdbc = jdbc;
        // its own transaction always: a flush runs while the committed caller's is still bound to the thread
        this.transactions = new TransactionTemplate(transactions.getTransactionManager());
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.kafka = kafka;
        this.lockId = serviceName.hashCode();
        this.idlePoll = idlePoll;
    }

    public void wakeUp() {
        signal.release();
    }

    /**
     * Publishes, on the calling thread, everything committed so far — waiting for a pass of the
     * background relay if one is under way. A listener calls it (through {@link Outbox}) before its
     * record's offset is committed, so what a record caused is on Kafka before the record counts as
     * consumed: the replay's pipeline barrier relies on that.
     */
    public void flush() {
        try {
            relay(true);
        } catch (RuntimeException e) {
            // Kafka or the database is unavailable: the rows stay, and the background relay retries them.
            log.warn("outbox flush failed, the relay will retry: {}", e.getMessage());
            wakeUp();
        }
    }

    /** Publishes what is waiting unless another pass holds the lock; returns how many events were sent. */
    public int relayOnce() {
        return relay(false);
    }

    private int relay(boolean waitForLock) {
        Integer sent = transactions.execute(status -> {
            if (waitForLock) {
                jdbc.sql("select pg_advisory_xact_lock(?)").param(lockId).query((rs, n) -> rs.getObject(1)).list();
            } else if (!jdbc.sql("select pg_try_advisory_xact_lock(?)").param(lockId).query(Boolean.class).single()) {
                return 0;
            }
            List<Row> rows = jdbc.sql("select id, topic, record_key, payload from outbox order by id limit " + BATCH)
                    .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
                    .list();
            if (rows.isEmpty()) {
                return 0;
            }
            List<CompletableFuture<?>> sends = rows.stream()
                    .<CompletableFuture<?>>map(row -> kafka.send(row.topic(), row.key(), row.payload()))
                    .toList();
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
            // exactly the rows sent: a row with a lower id may have committed since the select and is not sent yet
            jdbc.sql("delete from outbox where id = any(?)").param(rows.stream().map(Row::id).toArray(Long[]::new)).update();
            return rows.size();
        });
        return sent == null ? 0 : sent;
    }

    private void loop() {
        while (running) {
            try {
                if (relayOnce() < BATCH) {
                    signal.tryAcquire(idlePoll.toMillis(), TimeUnit.MILLISECONDS);
                    signal.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // Kafka or the database is unavailable: the rows stay and are sent on a later pass.
                log.warn("outbox relay pass failed, retrying: {}", e.getMessage());
                sleepQuietly();
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Starts before the Kafka listener containers (spring-kafka's phase is {@code Integer.MAX_VALUE - 100})
     * and so stops after them. At start it first publishes what a killed predecessor left in the outbox,
     * before any record is consumed: a redelivered record that is skipped as a duplicate must not have
     * its offset committed ahead of the events it caused. At stop the listeners' last events still go out.
     */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 200;
    }

    @Override
    public void start() {
        running = true;
        flush();
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
