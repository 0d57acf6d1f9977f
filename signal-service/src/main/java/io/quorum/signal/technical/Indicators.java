package io.quorum.signal.technical;

import io.quorum.signal.context.Candle;
import io.quorum.signal.context.MarketContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The indicator values of one decision: RSI on 15m, the fast/slow EMA on 15m at the last and the
 * previous closed candle (a cross needs both), and on 1h at the last closed hour.
 */
public record Indicators(BigDecimal rsi15m, EmaPair ema15m, EmaPair previousEma15m, EmaPair ema1h) {

    public Indicators {
        Objects.requireNonNull(rsi15m, "RSI");
        Objects.requireNonNull(ema15m, "15m EMAs");
        Objects.requireNonNull(previousEma15m, "previous 15m EMAs");
        Objects.requireNonNull(ema1h, "1h EMAs");
    }

    /** Fails when {@link #shortfall} is not empty. */
    public static Indicators compute(MarketContext context, IndicatorSettings settings) {
        shortfall(context.m15(), settings, "15m").or(() -> shortfall(context.h1(), settings, "1h")).ifPresent(missing -> {
            throw new IllegalArgumentException(missing);
        });
        return new Indicators(rsi(context.m15(), settings), emas(context.m15(), settings, 0),
                emas(context.m15(), settings, 1), emas(context.h1(), settings, 0));
    }

    /** Why these candles are too few, e.g. "not enough candles: 40 of 63 (15m)"; empty when enough. */
    public static Optional<String> shortfall(List<Candle> candles, IndicatorSettings settings, String interval) {
        int needed = settings.candlesNeeded();
        return candles.size() >= needed ? Optional.empty()
                : Optional.of("not enough candles: " + candles.size() + " of " + needed + " (" + interval + ")");
    }

    static BigDecimal rsi(List<Candle> candles, IndicatorSettings settings) {
        return IndicatorMath.rsi(candles, settings.rsiPeriod(), 0);
    }

    static EmaPair emas(List<Candle> candles, IndicatorSettings settings, int barsBack) {
        return new EmaPair(IndicatorMath.ema(candles, settings.emaFast(), barsBack),
                IndicatorMath.ema(candles, settings.emaSlow(), barsBack));
    }
}
