package io.quorum.signal.context;

import io.quorum.contracts.market.CandleClosed;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One closed candle, exact: what indicators and prompts read. */
public record Candle(Instant openTime, Instant closeTime, BigDecimal open, BigDecimal high, BigDecimal low,
                     BigDecimal close, BigDecimal volume) {

    public Candle {
        Objects.requireNonNull(openTime, "open time");
        Objects.requireNonNull(closeTime, "close time");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(close, "close");
        Objects.requireNonNull(volume, "volume");
        if (!closeTime.isAfter(openTime)) {
            throw new IllegalArgumentException("a candle closes after it opens: " + openTime + " to " + closeTime);
        }
        if (low.signum() <= 0 || volume.signum() < 0 || low.compareTo(open.min(close)) > 0
                || high.compareTo(open.max(close)) < 0) {
            throw new IllegalArgumentException("candle at " + openTime + ": need 0 < low ≤ open, close ≤ high and volume ≥ 0");
        }
    }

    public static Candle of(CandleClosed event) {
        return new Candle(event.openTime(), event.closeTime(), event.open().value(), event.high().value(),
                event.low().value(), event.close().value(), event.volume().value());
    }
}
