package io.quorum.notifier.delivery.internal;

import io.quorum.notifier.delivery.Courier;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the courier in the background: at once when a new delivery commits, otherwise every poll
 * interval (retries come due while nothing new arrives).
 */
public class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final Courier courier;
    private final Duration poll;
    private final Semaphore signal = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    public DeliveryWorker(Courier courier, Duration poll) {
        this.courier = courier;
        this.poll = poll;
    }

    public void wakeUp() {
        signal.release();
    }

    private void loop() {
        while (running) {
            try {
                if (courier.deliverDue() < courier.batchSize()) {
                    signal.tryAcquire(poll.toMillis(), TimeUnit.MILLISECONDS);
                    signal.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the database is unavailable: claimed rows come back when their lease ends
                log.warn("delivery pass failed, retrying: {}", e.getMessage());
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(poll.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().name("notifier-delivery").daemon().start(this::loop);
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
