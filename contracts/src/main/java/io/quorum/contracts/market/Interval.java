package io.quorum.contracts.market;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.time.Instant;

/** Candle intervals Quorum publishes; the wire form is the short label ({@code "15m"}). */
public enum Interval {
    M1("1m", Duration.ofMinutes(1)),
    M5("5m", Duration.ofMinutes(5)),
    M15("15m", Duration.ofMinutes(15)),
    H1("1h", Duration.ofHours(1)),
    H4("4h", Duration.ofHours(4));

    private final String label;
    private final Duration length;

    Interval(String label, Duration length) {
        this.label = label;
        this.length = length;
    }

    public Duration length() {
        return length;
    }

    /** The open time of the candle of this interval that contains the given instant (UTC-aligned). */
    public Instant openTimeOf(Instant at) {
        long seconds = length.toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), seconds) * seconds);
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static Interval fromLabel(String label) {
        for (Interval interval : values()) {
            if (interval.label.equals(label)) {
                return interval;
            }
        }
        throw new IllegalArgumentException("interval must be one of 1m, 5m, 15m, 1h, 4h, was '" + label + "'");
    }
}
