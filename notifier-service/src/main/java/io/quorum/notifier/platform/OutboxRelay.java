package io.quorum.notifier.platform;

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
        this.transactions = transactions;
        this.kafka = kafka;
        this.lockId = serviceName.hashCode();
        this.idlePoll = idlePoll;
    }

    public void wakeUp() {
        signal.release();
    }

    /** Publishes what is waiting; returns how many events were sent. */
    public int relayOnce() {
        Integer sent = transactions.execute(status -> {
            Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(lockId).query(Boolean.class).single();
            if (!locked) {
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
            jdbc.sql("delete from outbox where id <= ?").param(rows.getLast().id()).update();
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

    @Override
    public void start() {
        running = true;
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
