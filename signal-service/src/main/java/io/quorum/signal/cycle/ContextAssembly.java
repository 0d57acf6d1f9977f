package io.quorum.signal.cycle;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Interval;
import io.quorum.signal.context.MarketContext;
import io.quorum.signal.context.OpenPosition;
import java.time.Instant;

/**
 * Builds what every voter sees at one decision: the newest {@link #WINDOW} closed candles of 15m, 1h and 4h
 * closed by the decision time (the close of the 15m candle, event time), and the bot's open position.
 * A candle of a longer interval that closes at the same instant counts only once it has been stored, so
 * the context is exactly what had arrived when the 15m candle did; market data publishes the candles that
 * close together longest first (one partition per symbol), so the 1h and 4h candles are there.
 */
public final class ContextAssembly {

    /** One day of 15m candles; well above the 63 the technical voters need, and a prompt of bounded size. */
    public static final int WINDOW = 96;

    private final CandleSource candles;

    public ContextAssembly(CandleSource candles) {
        this.candles = candles;
    }

    public MarketContext at(Symbol symbol, Instant decidedAt, OpenPosition position) {
        return new MarketContext(symbol, decidedAt,
                candles.closedBy(symbol, Interval.M15, decidedAt, WINDOW),
                candles.closedBy(symbol, Interval.H1, decidedAt, WINDOW),
                candles.closedBy(symbol, Interval.H4, decidedAt, WINDOW),
                position);
    }
}
