package io.quorum.execution.keys;

import io.quorum.contracts.ids.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves every data key wrapped by a retired master key to the current one, in the background, in small batches,
 * each its own transaction: the service keeps serving meanwhile — a data key still wrapped by a retired key opens
 * as before. It runs at start-up and then every {@code interval} while retired keys are configured, so keys that
 * another replica still wrapped with the old key during a rolling deployment are moved too. Rows a user is
 * writing are skipped by that pass ({@code skip locked}) and taken by the next.
 */
public class KeyRotation implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

    /** What an operator sees: which master key is current, how many data keys each master key wraps, what moved. */
    public record Progress(String currentMasterKeyId, List<String> retiredMasterKeyIds, Map<String, Long> dataKeysByMasterKey,
                           long awaitingRewrap, long rewrappedSinceStart, long failedSinceStart, Instant lastPassAt) {
    }

    private final DataKeys dataKeys;
    private final DataKeyCipher cipher;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int batchSize;
    private final Duration interval;
    private final AtomicLong rewrapped = new AtomicLong();
    private final Set<UUID> failed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile Instant lastPassAt;
    private volatile boolean running;
    private Thread worker;

    KeyRotation(DataKeys dataKeys, DataKeyCipher cipher, TransactionTemplate transactions, Clock clock, int batchSize,
                Duration interval) {
        this.dataKeys = dataKeys;
        this.cipher = cipher;
        this.transactions = transactions;
        this.clock = clock;
        this.batchSize = batchSize;
        this.interval = interval;
    }

    /** Re-wraps until no data key under a retired master key is left (but those that failed); returns how many moved. */
    public long runToCompletion() {
        Set<String> retired = cipher.ring().retiredIds();
        long before = rewrapped.get();
        while (!retired.isEmpty() && rewrapBatch(retired) > 0) {
            log.info("master key rotation: {} data keys re-wrapped to master key {} in this pass, {} still to go",
                    rewrapped.get() - before, cipher.ring().current().id(), awaiting(dataKeys.countByMasterKey()));
        }
        lastPassAt = clock.instant();
        return rewrapped.get() - before;
    }

    public Progress progress() {
        Map<String, Long> counts = dataKeys.countByMasterKey();
        return new Progress(cipher.ring().current().id(), List.copyOf(cipher.ring().retiredIds()), counts,
                awaiting(counts), rewrapped.get(), failed.size(), lastPassAt);
    }

    /** One batch in one transaction; returns how many rows it took, re-wrapped or failed. */
    private int rewrapBatch(Set<String> retired) {
        long[] moved = new long[1];
        Integer taken = transactions.execute(status -> {
            List<DataKeys.Row> rows = dataKeys.lockWrappedBy(retired, Set.copyOf(failed), batchSize);
            moved[0] = rows.stream().filter(this::rewrap).count();
            return rows.size();
        });
        rewrapped.addAndGet(moved[0]); // after the commit: a rolled-back batch moved nothing
        return taken == null ? 0 : taken;
    }

    private boolean rewrap(DataKeys.Row row) {
        UserId user = row.user();
        try {
            dataKeys.replace(user, cipher.rewrap(user, row.wrapped()), clock.instant());
            return true;
        } catch (SealedDataException e) {
            // left as it is (its user's keys cannot be opened either way); an operator finds it in the progress
            failed.add(user.value());
            log.error("master key rotation: the data key of user {} (master key {}) cannot be re-wrapped: {}", user,
                    row.wrapped().masterKeyId(), e.getMessage());
            return false;
        }
    }

    private long awaiting(Map<String, Long> counts) {
        Set<String> retired = cipher.ring().retiredIds();
        return counts.entrySet().stream().filter(e -> retired.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    }

    private void loop() {
        while (running) {
            try {
                long moved = runToCompletion();
                if (moved > 0) {
                    log.info("master key rotation: pass complete, {} data keys moved to master key {}; {} could not be",
                            moved, cipher.ring().current().id(), failed.size());
                }
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("master key rotation pass failed, retrying in {}: {}", interval, e.toString());
                try {
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Only when there is something to rotate: without retired keys no thread is started. */
    @Override
    public void start() {
        running = true;
        if (!cipher.ring().retiredIds().isEmpty()) {
            log.info("master key rotation: current master key {}, re-wrapping data keys of retired keys {}",
                    cipher.ring().current().id(), cipher.ring().retiredIds());
            worker = Thread.ofPlatform().name("key-rotation").daemon().start(this::loop);
        }
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
