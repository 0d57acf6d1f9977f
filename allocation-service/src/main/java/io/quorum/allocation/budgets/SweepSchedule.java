package io.quorum.allocation.budgets;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Runs {@link UnconfirmedReservationSweep} every sweep interval while the service runs. */
public class SweepSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SweepSchedule.class);

    private final UnconfirmedReservationSweep sweep;
    private final Duration interval;
    private ScheduledExecutorService executor;

    public SweepSchedule(UnconfirmedReservationSweep sweep, Duration interval) {
        this.sweep = sweep;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("reservation-sweep").factory());
        executor.scheduleWithFixedDelay(this::pass, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pass() {
        try {
            sweep.sweep();
        } catch (RuntimeException e) {
            // each release is one transaction, rolled back whole on failure: the next pass tries again; an exception
            // escaping here would end the schedule for good
            log.warn("the sweep of unconfirmed reservations failed; trying again in {}: {}", interval, e.toString());
        }
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
