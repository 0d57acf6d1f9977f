package io.quorum.marketdata.candles;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Interval;
import io.quorum.marketdata.candles.model.Candle;
import io.quorum.marketdata.candles.model.MarketSummary;
import java.time.Instant;
import java.util.List;

/** What the market API answers, from stored candles only (event time, never the wall clock). */
public class MarketQueries {

    private final Candles candles;

    public MarketQueries(Candles candles) {
        this.candles = candles;
    }

    /**
     * The 24 h ending at the latest stored candle of the finest interval the symbol has (1m when
     * the market is replayed minute by minute, 5m from a 5m recording); unknown when nothing is stored.
     */
    public MarketSummary summary(Symbol symbol) {
        Latest latest = latest(symbol);
        Instant from = MarketSummary.periodStart(latest.openTime(), latest.interval());
        return MarketSummary.of(candles.between(symbol, latest.interval(), from, latest.openTime().plus(latest.interval().length())));
    }

    /** The latest {@code limit} candles of the interval, oldest first. */
    public List<Candle> candles(Symbol symbol, Interval interval, int limit) {
        latest(symbol);
        return candles.latest(symbol, interval, limit);
    }

    private record Latest(Interval interval, Instant openTime) {
    }

    private Latest latest(Symbol symbol) {
        for (Interval interval : Interval.values()) {
            var open = candles.latestOpen(symbol, interval);
            if (open.isPresent()) {
                return new Latest(interval, open.get());
            }
        }
        throw new UnknownMarketException(symbol);
    }
}
