package io.quorum.marketdata.candles.model;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.CandleClosed;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import java.time.Instant;

/**
 * One closed candle: the prices traded in {@code [openTime, openTime + interval)}. Its open time
 * sits on the interval's UTC grid, and open and close lie within low..high.
 */
public record Candle(Symbol symbol, Interval interval, Instant openTime, Price open, Price high, Price low,
                     Price close, Quantity volume) {

    public Candle {
        requireNonNull(symbol, "symbol");
        requireNonNull(interval, "interval");
        requireNonNull(openTime, "openTime");
        requireNonNull(open, "open");
        requireNonNull(high, "high");
        requireNonNull(low, "low");
        requireNonNull(close, "close");
        requireNonNull(volume, "volume");
        if (!interval.openTimeOf(openTime).equals(openTime)) {
            throw new IllegalArgumentException("a " + interval.label() + " candle cannot open at " + openTime);
        }
        if (low.isAbove(open) || low.isAbove(close) || high.isBelow(open) || high.isBelow(close)) {
            throw new IllegalArgumentException("candle " + symbol + " " + openTime + ": open and close must lie within low..high");
        }
    }

    public Instant closeTime() {
        return openTime.plus(interval.length());
    }

    /** The published fact; its envelope's event time must be {@link #closeTime()}. */
    public CandleClosed closed() {
        return new CandleClosed(symbol, interval, openTime, open, high, low, close, volume);
    }
}
