package io.quorum.marketdata.live;

import io.micrometer.core.instrument.MeterRegistry;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Interval;
import io.quorum.marketdata.candles.model.Candle;
import io.quorum.marketdata.live.model.KlineCheck;
import io.quorum.marketdata.live.model.MinuteCandles;
import io.quorum.marketdata.live.model.Trade;
import io.quorum.marketdata.replay.TickPublisher;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the market data of the public stream becomes: each trade a tick (at its exchange time) and
 * part of a 1m candle; each confirmed kline a recorded candle, after the trade-built candle of the
 * same minute was checked against it (the kline wins, a mismatch is counted and logged); tickers
 * the latest quotes; the book the latest quotes and a throttled {@code OrderBookObserved}. Trades and the
 * book come from xchange-stream-bybit, klines and tickers from our own client. Called from the live feed's one thread only.
 */
class LiveMarketUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveMarketUpdates.class);
    /** How long a confirmed kline waits for stragglers of its minute's trades before it is checked. */
    static final Duration CHECK_GRACE = Duration.ofSeconds(3);

    private final LiveCandles candles;
    private final TickPublisher ticks;
    private final LiveQuotes quotes;
    private final OrderBookPublisher books;
    private final MeterRegistry meters;
    private final MinuteCandles minutes = new MinuteCandles();
    /** Confirmed klines whose minute's last trades may still be on their way over the other connection. */
    private final Map<Symbol, List<Candle>> awaitingCheck = new HashMap<>();
    private final BiConsumer<Runnable, Duration> later;

    /** @param later runs a task on the live feed's thread after a delay */
    LiveMarketUpdates(LiveCandles candles, TickPublisher ticks, LiveQuotes quotes, OrderBookPublisher books,
                      MeterRegistry meters, BiConsumer<Runnable, Duration> later) {
        this.candles = candles;
        this.ticks = ticks;
        this.quotes = quotes;
        this.books = books;
        this.meters = meters;
        this.later = later;
    }

    /** A new trades connection: the minute in progress missed trades. */
    void restart() {
        minutes.restart();
        awaitingCheck.clear();
    }

    /**
     * A trade from xchange-stream-bybit: a tick at its exchange time, and part of its 1m candle. A trade of a
     * later minute says the trades of a kline awaiting its check are all in: it is checked first.
     */
    void traded(Trade trade) {
        ticks.publishTrade(trade.symbol(), trade.time(), trade.price(), trade.id());
        List<Candle> waiting = awaitingCheck.get(trade.symbol());
        if (waiting != null) {
            Instant minute = Interval.M1.openTimeOf(trade.time());
            List.copyOf(waiting).stream().filter(kline -> kline.openTime().isBefore(minute)).forEach(this::check);
        }
        minutes.add(trade);
    }

    /** The book as xchange-stream-bybit now holds it: the latest quotes, and published (throttled). */
    void book(TradesAndBooksStream.BookView book) {
        quotes.book(book);
        books.observed(book);
    }

    void apply(PublicMessage message) {
        switch (message) {
            case PublicMessage.Kline kline when kline.confirmed() -> closed(kline.candle());
            case PublicMessage.Kline stillOpen -> { }
            case PublicMessage.Ticker ticker -> quotes.ticker(ticker.symbol(), ticker.fields());
            case PublicMessage.Ack ack -> { }
            case PublicMessage.Ignored ignored -> log.debug("ignored a public message: {}", ignored.why());
        }
    }

    /**
     * Records the kline now; checks it against the trades once a trade of a later minute arrives or after
     * {@link #CHECK_GRACE}, whichever is first: trades and klines come over two connections, so the minute's last
     * trades may reach us just after its kline.
     */
    private void closed(Candle kline) {
        awaitingCheck.computeIfAbsent(kline.symbol(), s -> new ArrayList<>()).add(kline);
        later.accept(() -> check(kline), CHECK_GRACE);
        candles.closed(kline);
    }

    private void check(Candle kline) {
        List<Candle> waiting = awaitingCheck.get(kline.symbol());
        if (waiting == null || !waiting.remove(kline)) {
            return;
        }
        if (waiting.isEmpty()) {
            awaitingCheck.remove(kline.symbol());
        }
        minutes.take(kline.symbol(), kline.openTime())
                .map(fromTrades -> {
                    meters.counter("quorum.market.kline.checks", "symbol", kline.symbol().toString()).increment();
                    return fromTrades;
                })
                .flatMap(fromTrades -> KlineCheck.mismatch(fromTrades, kline))
                .ifPresent(difference -> {
                    meters.counter("quorum.market.kline.mismatches", "symbol", kline.symbol().toString()).increment();
                    log.warn("{} 1m {}: the candle built from trades differs from Bybit's kline ({}); the kline is kept",
                            kline.symbol(), kline.openTime(), difference);
                });
    }
}
