package io.quorum.execution.venue.bybit;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The time signed requests carry: the machine's clock plus the offset to Bybit's server time last
 * measured (market/time). Bybit refuses a timestamp outside its receive window with 10002; after
 * one, the offset is measured again. (This is request stamping, never trading logic's clock.)
 */
final class VenueClock {

    private final Clock local;
    private final AtomicLong offsetMillis = new AtomicLong();

    VenueClock(Clock local) {
        this.local = local;
    }

    long nowMillis() {
        return local.millis() + offsetMillis.get();
    }

    long localMillis() {
        return local.millis();
    }

    /** The server said {@code serverMillis} somewhere between {@code sentAt} and {@code receivedAt} (local clock): assume midway. */
    void synchronise(long serverMillis, long sentAt, long receivedAt) {
        offsetMillis.set(serverMillis - (sentAt + receivedAt) / 2);
    }

    long offsetMillis() {
        return offsetMillis.get();
    }
}
