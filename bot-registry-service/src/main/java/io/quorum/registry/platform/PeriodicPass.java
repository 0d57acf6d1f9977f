package io.quorum.registry.platform;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Upkeep the registry runs every {@code interval} while it runs, on a daemon thread of its own, the first pass one
 * interval after start. A pass that fails is logged and the next one runs on schedule: an exception escaping the
 * scheduled task would end the schedule for good, so each pass must leave what it did not finish to the next.
 */
public abstract class PeriodicPass implements SmartLifecycle {

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String name;
    private final Duration interval;
    private ScheduledExecutorService executor;

    /** {@code name}: the thread's, and what the log calls the pass. */
    protected PeriodicPass(String name, Duration interval) {
        this.name = Objects.requireNonNull(name, "name");
        if (interval == null || !interval.isPositive()) {
            throw new IllegalArgumentException("the interval of " + name + " must be positive, not " + interval);
        }
        this.interval = interval;
    }

    /** One pass; says what it did, for the debug log. */
    protected abstract String runPass();

    /** Checked at start, before the first pass is scheduled: an exception here stops the registry starting. */
    protected void beforeStart() {
    }

    private void pass() {
        try {
            String done = runPass();
            log.debug("{}: {}", name, done);
        } catch (RuntimeException e) {
            log.warn("{} failed; trying again in {}: {}", name, interval, e.toString());
        }
    }

    @Override
    public synchronized void start() {
        beforeStart();
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name(name).factory());
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
