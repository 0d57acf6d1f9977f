package io.quorum.execution.matching;

import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.Side;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The resting limit orders of one symbol, buys best (highest) first and sells best (lowest) first,
 * each price level in arrival order. A tick reads only the levels it crosses, so matching costs
 * O(1) when it crosses nothing and O(log n + k) when it crosses k orders, never a scan of the whole book; resting
 * and removing an order cost O(log n).
 *
 * <p>Finding what a tick crosses does not remove anything: the caller fills the orders in a
 * database transaction and removes them only once that has committed.
 */
public final class PaperBook {

    private final Symbol symbol;
    private final BookSide buys = new BookSide(Side.BUY);
    private final BookSide sells = new BookSide(Side.SELL);
    private final Map<ClientOrderId, BookSide.Slot> byId = new HashMap<>();

    public PaperBook(Symbol symbol) {
        this.symbol = Objects.requireNonNull(symbol, "symbol");
    }

    public Symbol symbol() {
        return symbol;
    }

    /** Adds an order; adding one that is already resting changes nothing. */
    public synchronized void rest(RestingOrder order) {
        if (!order.symbol().equals(symbol)) {
            throw new IllegalArgumentException("order " + order.clientOrderId() + " is for " + order.symbol() + ", not " + symbol);
        }
        byId.computeIfAbsent(order.clientOrderId(), id -> side(order.side()).rest(order));
    }

    /** Removes an order (filled or cancelled); true when it was resting. */
    public synchronized boolean remove(ClientOrderId id) {
        BookSide.Slot slot = byId.remove(id);
        if (slot == null) {
            return false;
        }
        side(slot.order.side()).remove(slot);
        return true;
    }

    /**
     * The orders a trade at {@code tick}, at event time {@code at}, fills: buys with a limit at or above
     * the tick, sells at or below, placed no later than the tick. Best price first, then arrival order.
     * A tick that reaches neither best price (the common case) costs two comparisons and allocates nothing.
     */
    public synchronized List<RestingOrder> crossedBy(Price tick, Instant at) {
        boolean buysReached = buys.isReachedBy(tick);
        boolean sellsReached = sells.isReachedBy(tick);
        if (!buysReached && !sellsReached) {
            return List.of();
        }
        List<RestingOrder> crossed = new ArrayList<>();
        if (buysReached) {
            buys.collectCrossed(tick, at, crossed);
        }
        if (sellsReached) {
            sells.collectCrossed(tick, at, crossed);
        }
        return crossed;
    }

    public synchronized boolean contains(ClientOrderId id) {
        return byId.containsKey(id);
    }

    public synchronized int size() {
        return byId.size();
    }

    public synchronized List<RestingOrder> orders() {
        return byId.values().stream().map(slot -> slot.order).toList();
    }

    private BookSide side(Side side) {
        return side == Side.BUY ? buys : sells;
    }
}
