package io.quorum.registry.users;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Every {@code interval} while the registry runs, deletes the attempt rows no limit looks at any more: sign-in records
 * idle for longer than the lockout's forget-after, and sign-up rows of addresses whose bucket is full again. What is
 * old follows from the limits' own settings and the registry's clock. Every instance runs it; the deletes skip rows
 * another holds, so instances never wait for one another.
 */
public class AttemptsPruning implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AttemptsPruning.class);

    /** How many rows one pass deleted. */
    public record Pruned(int signIns, int signUps) {
    }

    private final SignInLockout signIns;
    private final SignUpLimit signUps;
    private final Duration interval;
    private ScheduledExecutorService executor;

    public AttemptsPruning(SignInLockout signIns, SignUpLimit signUps, Duration interval) {
        this.signIns = signIns;
        this.signUps = signUps;
        this.interval = interval;
    }

    /** One pass, now. */
    public Pruned prune() {
        return new Pruned(signIns.prune(), signUps.prune());
    }

    private void pass() {
        try {
            Pruned pruned = prune();
            log.debug("pruned {} sign-in and {} sign-up attempt rows", pruned.signIns(), pruned.signUps());
        } catch (RuntimeException e) {
            // each batch is its own statement; what is left is deleted by the next pass. An exception escaping here
            // would end the schedule for good
            log.warn("pruning the attempt tables failed; trying again in {}: {}", interval, e.toString());
        }
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("attempts-pruning").factory());
        executor.scheduleWithFixedDelay(this::pass, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
