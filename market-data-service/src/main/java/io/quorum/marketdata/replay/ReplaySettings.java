package io.quorum.marketdata.replay;

import io.quorum.contracts.ids.Symbol;
import io.quorum.marketdata.replay.model.RecordedCandles;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the recorded candles are replayed ({@code quorum.replay.*}), checked at start-up.
 *
 * @param enabled replay on start-up, in its own thread, once the application is ready
 * @param symbols the symbols to replay; each needs a recording on the classpath
 * @param speed   wall time per market minute; {@code PT0S} replays as fast as the pipeline takes it
 * @param from    optional: first candle open time to replay (inclusive)
 * @param until   optional: candle open time where the replay stops (exclusive)
 */
@ConfigurationProperties("quorum.replay")
@Validated
public record ReplaySettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue({"BTCUSDT", "ETHUSDT"}) @NotEmpty List<@NotNull Symbol> symbols,
        @DefaultValue("PT0.1S") @NotNull @DurationMin(nanos = 0) Duration speed,
        Instant from,
        Instant until) {

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

    @AssertTrue(message = "every symbol needs a recording at classpath:replay/bybit-linear/<SYMBOL>_1m.csv.gz")
    public boolean isEverySymbolRecorded() {
        return symbols.stream().allMatch(RecordedCandles::exist);
    }
}
