package io.quorum.contracts.market;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.event.SymbolScoped;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import java.time.Instant;

/** A candle of one interval closed. Its envelope's event time is the close ({@code openTime + interval}). */
public record CandleClosed(Symbol symbol, Interval interval, Instant openTime, Price open, Price high, Price low,
                           Price close, Quantity volume) implements SymbolScoped {

    public CandleClosed {
        requireNonNull(symbol, "symbol");
        requireNonNull(interval, "interval");
        requireNonNull(openTime, "openTime");
        requireNonNull(open, "open");
        requireNonNull(high, "high");
        requireNonNull(low, "low");
        requireNonNull(close, "close");
        requireNonNull(volume, "volume");
        if (low.isAbove(open) || low.isAbove(close) || high.isBelow(open) || high.isBelow(close)) {
            throw new IllegalArgumentException("candle " + symbol + " " + openTime + ": open and close must lie within low..high");
        }
    }

    public Instant closeTime() {
        return openTime.plus(interval.length());
    }
}
