package io.quorum.execution.venue;

import io.quorum.contracts.ids.ClientOrderId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is working on a SUBMITTING order right now in this process: a placement sending it to Bybit, or reconciliation
 * looking it up. One at a time — so reconciliation never decides "Bybit has no such order" while a placement is about
 * to create it — and a placement that waited re-reads the order before sending it. Also remembers when this process
 * last finished sending an order: Bybit accepts a request until its recv window has passed, so "absent" is believed
 * only after that.
 */
public final class Sending {

    private final Map<ClientOrderId, Boolean> claimed = new ConcurrentHashMap<>();
    private final Map<ClientOrderId, Instant> lastSent = new ConcurrentHashMap<>();
    private final Clock clock;

    public Sending(Clock clock) {
        this.clock = clock;
    }

    /** A placement's claim: waits while reconciliation holds the order (one look-up, a second or so). */
    public void claim(ClientOrderId order) {
        while (claimed.putIfAbsent(order, Boolean.TRUE) != null) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting to send " + order, interrupted);
            }
        }
    }

    /** Reconciliation's claim: false when a placement is working on the order — reconciliation leaves it to it. */
    public boolean tryClaim(ClientOrderId order) {
        return claimed.putIfAbsent(order, Boolean.TRUE) == null;
    }

    /** Ends a placement's claim: the order's last request left now. */
    public void sent(ClientOrderId order) {
        lastSent.put(order, clock.instant());
        claimed.remove(order);
    }

    /** Ends reconciliation's claim. */
    public void release(ClientOrderId order) {
        claimed.remove(order);
    }

    /** True when this process sent the order less than {@code window} ago: Bybit may still accept that request. */
    public boolean sentWithin(ClientOrderId order, Duration window) {
        Instant last = lastSent.get(order);
        return last != null && last.plus(window).isAfter(clock.instant());
    }
}
