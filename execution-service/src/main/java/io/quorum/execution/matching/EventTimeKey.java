package io.quorum.execution.matching;

import java.time.Instant;

/**
 * An event time as a long: nanoseconds since the epoch, exact from 1677 to 2262. Beyond that range it is clamped,
 * and two clamped keys that tie are told apart by their instants (see {@link #isExact}), so the order of any two
 * times stays exact.
 */
final class EventTimeKey {

    /** 2^63 ns is about 292 years; a second beyond ±9,223,372,035 may overflow, so the range stops one second short. */
    private static final long MAX_SECONDS = Long.MAX_VALUE / 1_000_000_000L - 1;
    static final long LATEST = Long.MAX_VALUE;
    static final long EARLIEST = Long.MIN_VALUE;

    private EventTimeKey() {
    }

    static long of(Instant time) {
        long seconds = time.getEpochSecond();
        if (seconds > MAX_SECONDS) {
            return LATEST;
        }
        if (seconds < -MAX_SECONDS) {
            return EARLIEST;
        }
        return seconds * 1_000_000_000L + time.getNano();
    }

    /** Whether a key stands for one time only; a clamped key may stand for many, so a tie needs the instants. */
    static boolean isExact(long key) {
        return key != LATEST && key != EARLIEST;
    }
}
