package io.quorum.marketdata.live;

import io.micrometer.core.instrument.MeterRegistry;
import io.quorum.marketdata.candles.model.Candle;
import io.quorum.marketdata.live.model.KlineCheck;
import io.quorum.marketdata.live.model.MinuteCandles;
import io.quorum.marketdata.live.model.Trade;
import io.quorum.marketdata.replay.TickPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the market data of the public stream becomes: each trade a tick (at its exchange time) and
 * part of a 1m candle; each confirmed kline a recorded candle, after the trade-built candle of the
 * same minute was checked against it (the kline wins, a mismatch is counted and logged); tickers
 * and book updates the latest quotes. Called from the live feed's one thread only.
 */
class LiveMarketUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveMarketUpdates.class);

    private final LiveCandles candles;
    private final TickPublisher ticks;
    private final LiveQuotes quotes;
    private final MeterRegistry meters;
    private final MinuteCandles minutes = new MinuteCandles();

    LiveMarketUpdates(LiveCandles candles, TickPublisher ticks, LiveQuotes quotes, MeterRegistry meters) {
        this.candles = candles;
        this.ticks = ticks;
        this.quotes = quotes;
        this.meters = meters;
    }

    /** A new connection: the minute in progress missed trades. */
    void restart() {
        minutes.restart();
    }

    void apply(PublicMessage message) {
        switch (message) {
            case PublicMessage.Trades trades -> trades.trades().forEach(this::traded);
            case PublicMessage.Kline kline when kline.confirmed() -> closed(kline.candle());
            case PublicMessage.Kline stillOpen -> { }
            case PublicMessage.Ticker ticker -> quotes.ticker(ticker.symbol(), ticker.fields());
            case PublicMessage.Book book -> quotes.book(book);
            case PublicMessage.Ack ack -> { }
            case PublicMessage.Ignored ignored -> log.debug("ignored a public message: {}", ignored.why());
        }
    }

    private void traded(Trade trade) {
        ticks.publishTrade(trade.symbol(), trade.time(), trade.price(), trade.id());
        minutes.add(trade);
    }

    private void closed(Candle kline) {
        minutes.take(kline.symbol(), kline.openTime()).flatMap(fromTrades -> KlineCheck.mismatch(fromTrades, kline))
                .ifPresent(difference -> {
                    meters.counter("quorum.market.kline.mismatches", "symbol", kline.symbol().toString()).increment();
                    log.warn("{} 1m {}: the candle built from trades differs from Bybit's kline ({}); the kline is kept",
                            kline.symbol(), kline.openTime(), difference);
                });
        candles.closed(kline);
    }
}
