package io.quorum.marketdata.replay;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** Candle open times to replay: {@code [from, until)}. */
public record ReplayWindow(Instant from, Instant until) {

    public ReplayWindow {
        requireNonNull(from, "from");
        requireNonNull(until, "until");
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("a replay window needs from before until, was " + from + " .. " + until);
        }
    }

    /** Everything recorded. */
    public static ReplayWindow all() {
        return new ReplayWindow(Instant.MIN, Instant.MAX);
    }

    /** The later of this window's start and {@code instant}. */
    public Instant startNotBefore(Instant instant) {
        return instant.isAfter(from) ? instant : from;
    }
}
