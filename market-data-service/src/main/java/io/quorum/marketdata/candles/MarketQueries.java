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

    /** The 24 h ending at the latest stored minute; unknown when no minute of the symbol is stored. */
    public MarketSummary summary(Symbol symbol) {
        Instant latest = latestMinute(symbol);
        return MarketSummary.of(candles.minutes(symbol, MarketSummary.periodStart(latest), latest.plus(Interval.M1.length())));
    }

    /** The latest {@code limit} candles of the interval, oldest first. */
    public List<Candle> candles(Symbol symbol, Interval interval, int limit) {
        latestMinute(symbol);
        return candles.latest(symbol, interval, limit);
    }

    private Instant latestMinute(Symbol symbol) {
        return candles.latestMinute(symbol).orElseThrow(() -> new UnknownMarketException(symbol));
    }
}
