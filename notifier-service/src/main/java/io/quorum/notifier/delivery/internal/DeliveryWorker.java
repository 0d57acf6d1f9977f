package io.quorum.notifier.delivery.internal;

import io.quorum.notifier.delivery.Courier;
import io.quorum.notifier.delivery.Deliveries;
import io.quorum.notifier.settings.Channel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the courier in the background, one dispatcher thread per channel: a chat service that hangs (up to the read
 * timeout per message) or keeps failing holds up only its own channel's messages, never another's. Within a channel
 * the dispatcher keeps up to {@code concurrency} messages in flight, each on its own virtual thread, and claims at
 * most one per user at a time (see {@link Deliveries#claimDue}): a user whose webhook hangs holds one place until
 * the attempt ends, and every other user's messages go through the remaining places meanwhile. A dispatcher works at
 * once when a new delivery of its channel commits or a send ends, otherwise every poll interval (retries come due
 * while nothing new arrives).
 */
public class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final Courier courier;
    private final Duration poll;
    private final int concurrency;
    private final Map<Channel, Semaphore> signals = new EnumMap<>(Channel.class);
    private final Map<Channel, Semaphore> places = new EnumMap<>(Channel.class);
    private final List<Thread> dispatchers = new ArrayList<>();
    private ExecutorService sends;
    private volatile boolean running;

    public DeliveryWorker(Courier courier, Duration poll, int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("a channel needs at least one delivery in flight, was " + concurrency);
        }
        this.courier = courier;
        this.poll = poll;
        this.concurrency = concurrency;
        for (Channel channel : Channel.values()) {
            signals.put(channel, new Semaphore(0));
            places.put(channel, new Semaphore(concurrency));
        }
    }

    public void wakeUp(Channel channel) {
        signals.get(channel).release();
    }

    private void dispatch(Channel channel) {
        Semaphore signal = signals.get(channel);
        Semaphore free = places.get(channel);
        while (running) {
            try {
                int room = free.availablePermits();
                List<Deliveries.DueDelivery> claimed = room == 0 ? List.of() : courier.claim(channel, room);
                for (Deliveries.DueDelivery due : claimed) {
                    // only this thread takes places, so the room counted above is still there
                    free.acquire();
                    sends.execute(() -> send(channel, due));
                }
                if (claimed.size() < room || room == 0) {
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

    private void send(Channel channel, Deliveries.DueDelivery due) {
        try {
            courier.deliver(due);
        } catch (RuntimeException e) {
            // the outcome could not be recorded (the database away): the delivery comes back when its lease ends
            log.warn("{} delivery {} not recorded, it is retried when its lease ends: {}", channel,
                    due.delivery().id(), e.getMessage());
        } finally {
            places.get(channel).release();
            wakeUp(channel);
        }
    }

    private void pause() {
        try {
            Thread.sleep(poll.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Deliveries of the channel being sent by this instance right now. */
    int inFlight(Channel channel) {
        return concurrency - places.get(channel).availablePermits();
    }

    @Override
    public void start() {
        running = true;
        sends = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("notifier-send-", 0).factory());
        for (Channel channel : Channel.values()) {
            String name = "notifier-delivery-" + channel.name().toLowerCase(Locale.ROOT);
            dispatchers.add(Thread.ofPlatform().name(name).daemon().start(() -> dispatch(channel)));
        }
    }

    @Override
    public void stop() {
        running = false;
        dispatchers.forEach(Thread::interrupt);
        for (Thread dispatcher : dispatchers) {
            try {
                dispatcher.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        dispatchers.clear();
        // a send cut short is not recorded: its delivery comes back when the lease ends
        sends.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
