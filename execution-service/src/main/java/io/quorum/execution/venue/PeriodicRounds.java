package io.quorum.execution.venue;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A round of work run on its own daemon thread at a fixed delay, for the live venue's pollers. A round that throws is
 * handed to {@code onFailure} and the next round runs as planned: a failed read changes nothing, so the next one reads
 * again. Started and stopped with the owner's lifecycle.
 */
final class PeriodicRounds {

    private final String threadName;
    private final Duration initialDelay;
    private final Duration period;
    private final Runnable round;
    private final Consumer<RuntimeException> onFailure;
    private ScheduledExecutorService scheduler;

    PeriodicRounds(String threadName, Duration initialDelay, Duration period, Runnable round,
                   Consumer<RuntimeException> onFailure) {
        this.threadName = threadName;
        this.initialDelay = initialDelay;
        this.period = period;
        this.round = round;
        this.onFailure = onFailure;
    }

    synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> Thread.ofPlatform().name(threadName).daemon().unstarted(runnable));
        scheduler.scheduleWithFixedDelay(this::runQuietly, initialDelay.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runQuietly() {
        try {
            round.run();
        } catch (RuntimeException failure) {
            onFailure.accept(failure);
        }
    }

    synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    synchronized boolean isRunning() {
        return scheduler != null;
    }
}
