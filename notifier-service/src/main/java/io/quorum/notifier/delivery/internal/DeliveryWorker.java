package io.quorum.notifier.delivery.internal;

import io.quorum.notifier.delivery.Courier;
import io.quorum.notifier.settings.Channel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the courier in the background, one thread per channel: a chat service that hangs (up to the read timeout
 * per message) or keeps failing holds up only its own channel's messages, never another's. Each thread works at
 * once when a new delivery of its channel commits, otherwise every poll interval (retries come due while nothing
 * new arrives).
 */
public class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final Courier courier;
    private final Duration poll;
    private final Map<Channel, Semaphore> signals = new EnumMap<>(Channel.class);
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    public DeliveryWorker(Courier courier, Duration poll) {
        this.courier = courier;
        this.poll = poll;
        for (Channel channel : Channel.values()) {
            signals.put(channel, new Semaphore(0));
        }
    }

    public void wakeUp(Channel channel) {
        signals.get(channel).release();
    }

    private void loop(Channel channel) {
        Semaphore signal = signals.get(channel);
        while (running) {
            try {
                if (courier.deliverDue(channel) < courier.batchSize()) {
                    signal.tryAcquire(poll.toMillis(), TimeUnit.MILLISECONDS);
                    signal.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the database is unavailable: claimed rows come back when their lease ends
                log.warn("{} delivery pass failed, retrying: {}", channel, e.getMessage());
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
        for (Channel channel : Channel.values()) {
            String name = "notifier-delivery-" + channel.name().toLowerCase(java.util.Locale.ROOT);
            workers.add(Thread.ofPlatform().name(name).daemon().start(() -> loop(channel)));
        }
    }

    @Override
    public void stop() {
        running = false;
        workers.forEach(Thread::interrupt);
        for (Thread worker : workers) {
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
