package io.quorum.testkit;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;

/** One 1m kline of {@link FakeBybitMarket}: start time, prices and volume (base coin), exact decimals. */
public record FakeBybitKline(Instant start, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
                             BigDecimal volume) {

    public FakeBybitKline {
        requireNonNull(start, "start");
        requireNonNull(open, "open");
        requireNonNull(high, "high");
        requireNonNull(low, "low");
        requireNonNull(close, "close");
        requireNonNull(volume, "volume");
    }

    public static FakeBybitKline of(Instant start, String open, String high, String low, String close, String volume) {
        return new FakeBybitKline(start, new BigDecimal(open), new BigDecimal(high), new BigDecimal(low),
                new BigDecimal(close), new BigDecimal(volume));
    }

    /** Bybit's turnover (quote coin); the fake approximates it as volume × close. */
    BigDecimal turnover() {
        return volume.multiply(close);
    }
}
