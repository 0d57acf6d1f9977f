package io.quorum.signal.context;

import io.quorum.contracts.ids.Symbol;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The input of one decision, at event time {@code at} (the close of a 15-minute candle): recent
 * closed candles of each interval, oldest first, and the bot's open position if any. Only candles
 * closed by {@code at} are allowed, so a replay sees exactly what the live run saw.
 */
public record MarketContext(Symbol symbol, Instant at, List<Candle> m15, List<Candle> h1, List<Candle> h4,
                            OpenPosition position) {

    public MarketContext {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(at, "decision time");
        m15 = checked(m15, at, "15m");
        h1 = checked(h1, at, "1h");
        h4 = checked(h4, at, "4h");
    }

    public static MarketContext flat(Symbol symbol, Instant at, List<Candle> m15, List<Candle> h1, List<Candle> h4) {
        return new MarketContext(symbol, at, m15, h1, h4, null);
    }

    public MarketContext withPosition(OpenPosition newPosition) {
        return new MarketContext(symbol, at, m15, h1, h4, newPosition);
    }

    public Optional<OpenPosition> openPosition() {
        return Optional.ofNullable(position);
    }

    private static List<Candle> checked(List<Candle> candles, Instant at, String interval) {
        List<Candle> copy = List.copyOf(candles);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).closeTime().isAfter(at)) {
                throw new IllegalArgumentException(interval + " candle " + copy.get(i).openTime() + " is still open at " + at);
            }
            if (i > 0 && !copy.get(i).openTime().isAfter(copy.get(i - 1).openTime())) {
                throw new IllegalArgumentException(interval + " candles must be in time order, oldest first");
            }
        }
        return copy;
    }
}
