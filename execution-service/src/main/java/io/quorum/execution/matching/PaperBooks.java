package io.quorum.execution.matching;

import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The paper venue's books, one per symbol, held in memory and rebuilt from the open orders at start-up. */
public final class PaperBooks {

    private final Map<Symbol, PaperBook> books = new ConcurrentHashMap<>();

    public void rest(RestingOrder order) {
        book(order.symbol()).rest(order);
    }

    /** Removes a filled or cancelled order; true when it was resting. */
    public boolean remove(RestingOrder order) {
        PaperBook book = books.get(order.symbol());
        return book != null && book.remove(order);
    }

    /**
     * Removes orders of {@code symbol} (the ones a tick of it filled, say) in one go; the number that were resting.
     * See {@link PaperBook#removeAll}.
     */
    public int removeAll(Symbol symbol, List<RestingOrder> orders) {
        PaperBook book = books.get(symbol);
        return book == null ? 0 : book.removeAll(orders);
    }

    public List<RestingOrder> crossedBy(Symbol symbol, Price tick, Instant at) {
        PaperBook book = books.get(symbol);
        return book == null ? List.of() : book.crossedBy(tick, at);
    }

    public boolean contains(Symbol symbol, ClientOrderId id) {
        PaperBook book = books.get(symbol);
        return book != null && book.contains(id);
    }

    public List<RestingOrder> orders(Symbol symbol) {
        PaperBook book = books.get(symbol);
        return book == null ? List.of() : book.orders();
    }

    private PaperBook book(Symbol symbol) {
        PaperBook book = books.get(symbol); // a plain read for every symbol but a new one
        return book != null ? book : books.computeIfAbsent(symbol, PaperBook::new);
    }
}
