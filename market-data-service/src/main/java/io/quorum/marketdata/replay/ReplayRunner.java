package io.quorum.marketdata.replay;

import io.quorum.marketdata.replay.model.Halt;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the configured replay in its own thread once the application is ready (when enabled), and
 * halts it between two steps on shutdown. If Kafka or the database fails mid-way the replay is
 * retried after a pause; it resumes after the last recorded candle.
 */
public class ReplayRunner implements ApplicationListener<ApplicationReadyEvent>, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReplayRunner.class);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(5);

    private final Replay replay;
    private final ReplaySettings settings;
    private final CountDownLatch haltRequested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean running;
    private volatile Thread worker;

    public ReplayRunner(Replay replay, ReplaySettings settings) {
        this.replay = replay;
        this.settings = settings;
    }

    @Override
    public synchronized void onApplicationEvent(ApplicationReadyEvent event) {
        if (!settings.enabled()) {
            log.info("replay disabled (quorum.replay.enabled=false)");
            finished.countDown();
            return;
        }
        if (worker == null) {
            worker = Thread.ofPlatform().name("market-replay").daemon().start(this::replayToTheEnd);
        }
    }

    /** Waits until the replay has reached the end of its window (or was disabled or halted). */
    public boolean awaitFinished(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void replayToTheEnd() {
        Halt halt = new LatchHalt();
        try {
            while (!halt.requested()) {
                try {
                    replay.run(settings.window(), halt);
                    return;
                } catch (RuntimeException e) {
                    log.error("replay failed; resuming after the last recorded candle in {}", RETRY_PAUSE, e);
                    halt.awaitRequest(RETRY_PAUSE);
                }
            }
        } finally {
            finished.countDown();
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        haltRequested.countDown();
        Thread thread = worker;
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private final class LatchHalt implements Halt {
        @Override
        public boolean requested() {
            return haltRequested.getCount() == 0;
        }

        @Override
        public boolean awaitRequest(Duration duration) {
            try {
                return haltRequested.await(duration.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        }
    }
}
