package io.quorum.marketdata.live;

import io.quorum.contracts.ids.Symbol;
import io.quorum.marketdata.live.model.OrderBook;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest ticker fields and order book of each followed symbol, as the public stream left them.
 * In memory only: they are rebuilt from the snapshots Bybit sends on every (re)subscription. Tickers come from
 * our own client, the book from xchange-stream-bybit (the top {@code order-book-depth} levels it keeps).
 */
public class LiveQuotes {

    private final Map<Symbol, Map<String, BigDecimal>> tickers = new ConcurrentHashMap<>();
    private final Map<Symbol, OrderBook> books = new ConcurrentHashMap<>();

    void ticker(Symbol symbol, Map<String, BigDecimal> fields) {
        tickers.computeIfAbsent(symbol, s -> new ConcurrentHashMap<>()).putAll(fields);
    }

    /** The book as the stream library now holds it (its top levels): replaces what was kept. */
    void book(TradesAndBooksStream.BookView view) {
        OrderBook book = books.computeIfAbsent(view.symbol(), s -> new OrderBook());
        synchronized (book) {
            book.apply(true, view.bids(), view.asks());
        }
    }

    /** A ticker field such as {@code lastPrice} or {@code highPrice24h}. */
    public Optional<BigDecimal> ticker(Symbol symbol, String field) {
        return Optional.ofNullable(tickers.getOrDefault(symbol, Map.of()).get(field));
    }

    public Optional<OrderBook.Level> bestBid(Symbol symbol) {
        OrderBook book = books.get(symbol);
        if (book == null) {
            return Optional.empty();
        }
        synchronized (book) {
            return book.bestBid();
        }
    }

    public Optional<OrderBook.Level> bestAsk(Symbol symbol) {
        OrderBook book = books.get(symbol);
        if (book == null) {
            return Optional.empty();
        }
        synchronized (book) {
            return book.bestAsk();
        }
    }
}
