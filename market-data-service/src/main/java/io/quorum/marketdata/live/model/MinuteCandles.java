package io.quorum.marketdata.live.model;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.marketdata.candles.model.Candle;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 1m candles built from public trades, by exchange time: open of the first trade, highest and
 * lowest price, close of the last, summed size. Only whole minutes count: the minute in which the
 * stream (re)connected saw only part of its trades, so it is built but never offered for a check.
 * Trades older than the minute being built (late prints) are ignored.
 */
public final class MinuteCandles {

    private static final class Building {
        final Instant openTime;
        final boolean whole;
        Price open;
        Price high;
        Price low;
        Price close;
        Quantity volume = Quantity.ZERO;

        Building(Instant openTime, boolean whole) {
            this.openTime = openTime;
            this.whole = whole;
        }

        void add(Trade trade) {
            if (open == null) {
                open = high = low = trade.price();
            }
            high = trade.price().isAbove(high) ? trade.price() : high;
            low = trade.price().isBelow(low) ? trade.price() : low;
            close = trade.price();
            volume = volume.plus(trade.size());
        }

        Candle candle(Symbol symbol) {
            return new Candle(symbol, Interval.M1, openTime, open, high, low, close, volume);
        }
    }

    private final Map<Symbol, Building> building = new HashMap<>();
    private final Map<Symbol, Building> finished = new HashMap<>();
    private final Set<Symbol> streaming = new HashSet<>();

    /** The stream (re)connected: what was being built missed trades, and so will the first minute now. */
    public void restart() {
        building.clear();
        finished.clear();
        streaming.clear();
    }

    public void add(Trade trade) {
        Instant minute = Interval.M1.openTimeOf(trade.time());
        Building current = building.get(trade.symbol());
        if (current != null && minute.isBefore(current.openTime)) {
            return;
        }
        if (current == null || minute.isAfter(current.openTime)) {
            if (current != null) {
                finished.put(trade.symbol(), current);
            }
            // the first minute after a restart is partial; a later one is whole, even after a quiet minute
            current = new Building(minute, !streaming.add(trade.symbol()));
            building.put(trade.symbol(), current);
        }
        current.add(trade);
    }

    /** The whole candle the trades built for this minute, if any; taken once. */
    public Optional<Candle> take(Symbol symbol, Instant openTime) {
        for (Map<Symbol, Building> candidates : List.of(finished, building)) {
            Building candidate = candidates.get(symbol);
            if (candidate != null && candidate.openTime.equals(openTime)) {
                candidates.remove(symbol);
                return candidate.whole ? Optional.of(candidate.candle(symbol)) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
