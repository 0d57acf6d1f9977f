package io.quorum.marketdata.replay;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Interval;
import io.quorum.marketdata.replay.model.Recording;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the recorded candles are replayed ({@code quorum.replay.*}), checked at start-up.
 *
 * @param enabled replay on start-up, in its own thread, once the application is ready
 * @param symbols   the symbols to replay; each needs a file in the recording
 * @param recording where the recorded candles are: {@code classpath:replay/bybit-linear} (shipped), or a
 *                  folder on disk holding {@code <SYMBOL>_<interval>.csv[.gz]}
 * @param interval  the interval of the recorded candles, the replay's step: {@code 1m} (shipped) or e.g. {@code 5m}
 * @param speed     wall time per step; {@code PT0S} replays as fast as the pipeline takes it
 * @param from      optional: first candle open time to replay (inclusive)
 * @param until     optional: candle open time where the replay stops (exclusive)
 */
@ConfigurationProperties("quorum.replay")
@Validated
public record ReplaySettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue({"BTCUSDT", "ETHUSDT"}) @NotEmpty List<@NotNull Symbol> symbols,
        @DefaultValue(DEFAULT_RECORDING) @NotBlank String recording,
        @DefaultValue("1m") @NotBlank String interval,
        @DefaultValue("PT0.1S") @NotNull @DurationMin(nanos = 0) Duration speed,
        Instant from,
        Instant until) {

    static final String DEFAULT_RECORDING = "classpath:replay/bybit-linear";

    public ReplaySettings {
        symbols = symbols == null ? List.of() : List.copyOf(symbols);
    }

    public ReplayWindow window() {
        return new ReplayWindow(from == null ? Instant.MIN : from, until == null ? Instant.MAX : until);
    }

    @AssertTrue(message = "from must be before until")
    public boolean isWindowOrdered() {
        return from == null || until == null || from.isBefore(until);
    }

    /** The recorded candles to replay; only valid once the settings passed their checks. */
    public Recording source() {
        return new Recording(recording, Interval.fromLabel(interval));
    }

    @AssertTrue(message = "interval must be one of 1m, 5m, 15m, 1h, 4h")
    public boolean isIntervalKnown() {
        return Arrays.stream(Interval.values()).anyMatch(known -> known.label().equals(interval));
    }

    @AssertTrue(message = "every symbol needs a file <SYMBOL>_<interval>.csv or .csv.gz in the recording")
    public boolean isEverySymbolRecorded() {
        return recording == null || recording.isBlank() || !isIntervalKnown() || symbols.stream().allMatch(source()::holds);
    }
}
