package io.quorum.execution.matching;

import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.Side;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The resting limit orders of one symbol, buys best (highest) first and sells best (lowest) first,
 * each price in arrival order. A tick reads only the orders it crosses, so matching costs
 * O(1) when it crosses nothing and O(k) when it crosses k orders (they are the last k of a side), never a scan of
 * the whole book; removing an order costs O(log n): two binary searches, a shift within a block of at most
 * {@value Ladder#BLOCK} orders, and a look through the few orders at its price; removing a tick's k fills, O(k).
 * Resting is staged: the orders rested since the book's last read join it as one batch at its next read, O(k log k)
 * at most for k of them plus the blocks they land in, instead of a search and a shift each.
 *
 * <p>Finding what a tick crosses does not remove anything: the caller fills the orders in a
 * database transaction and removes them only once that has committed.
 */
public final class PaperBook {

    private final Symbol symbol;
    private final BookSide buys = new BookSide(Side.BUY);
    private final BookSide sells = new BookSide(Side.SELL);
    private int size;

    public PaperBook(Symbol symbol) {
        this.symbol = Objects.requireNonNull(symbol, "symbol");
    }

    public Symbol symbol() {
        return symbol;
    }

    /**
     * Adds an order; adding one that is already resting changes nothing. The order is staged and joins its side
     * at the book's next read (any other method), together with every order staged since the last: the grid's next
     * orders after a tick's fills arrive one by one but rest as one batch, sorted once and merged into the side in
     * one pass (see {@link Ladder#addStaged}). Every read sees the book as if each order had rested at once.
     */
    public synchronized void rest(RestingOrder order) {
        if (!order.symbol().equals(symbol)) {
            throw new IllegalArgumentException("order " + order.clientOrderId() + " is for " + order.symbol() + ", not " + symbol);
        }
        side(order.side()).stage(order);
    }

    /** Removes an order (filled or cancelled), found by its side, limit and id; true when it was resting. */
    public synchronized boolean remove(RestingOrder order) {
        restStaged();
        if (!order.symbol().equals(symbol) || !side(order.side()).remove(order)) {
            return false;
        }
        size--;
        return true;
    }

    /**
     * Removes these orders (those a tick filled, or any others); the number that were resting. The orders a tick
     * filled are, unless something was rested in between, the best entries of their sides in the order
     * {@link #crossedBy} listed them, and each such is taken out by comparing references, without reading the order;
     * any other is removed as {@link #remove} does.
     */
    public synchronized int removeAll(List<RestingOrder> orders) {
        restStaged();
        // a tick's fills, as crossedBy listed them: a run of the buys' best entries, then of the sells'
        int from = buys.removeBestRun(orders, 0);
        from += sells.removeBestRun(orders, from);
        size -= from;
        int removed = from;
        for (RestingOrder order : orders.subList(from, orders.size())) {
            if (buys.removeIfBest(order) || sells.removeIfBest(order)) {
                size--;
                removed++;
            } else if (remove(order)) {
                removed++;
            }
        }
        return removed;
    }

    /**
     * The orders a trade at {@code tick}, at event time {@code at}, fills: buys with a limit at or above
     * the tick, sells at or below, placed no later than the tick. Best price first, then arrival order.
     * A tick that reaches neither best price (the common case) costs two comparisons and allocates nothing.
     */
    public synchronized List<RestingOrder> crossedBy(Price tick, Instant at) {
        restStaged();
        boolean buysReached = buys.isReachedBy(tick);
        boolean sellsReached = sells.isReachedBy(tick);
        if (!buysReached && !sellsReached) {
            return List.of();
        }
        long buyBound = buysReached ? buys.boundOf(tick) : Long.MAX_VALUE;
        long sellBound = sellsReached ? sells.boundOf(tick) : Long.MAX_VALUE;
        // sized once: the keys are read twice, the list not grown copy by copy
        List<RestingOrder> crossed = new ArrayList<>(
                (buysReached ? buys.countCrossed(buyBound) : 0) + (sellsReached ? sells.countCrossed(sellBound) : 0));
        if (buysReached) {
            buys.collectCrossed(buyBound, at, crossed);
        }
        if (sellsReached) {
            sells.collectCrossed(sellBound, at, crossed);
        }
        return crossed;
    }

    /** Whether an order with this id rests here: a scan of the book, for tests and diagnostics. */
    public synchronized boolean contains(ClientOrderId id) {
        return orders().stream().anyMatch(order -> order.clientOrderId().equals(id));
    }

    public synchronized int size() {
        restStaged();
        return size;
    }

    /** Every resting order, buys best first, then sells best first. */
    public synchronized List<RestingOrder> orders() {
        restStaged();
        List<RestingOrder> all = new ArrayList<>(size);
        buys.collectAll(all);
        sells.collectAll(all);
        return all;
    }

    /** Rests what {@link #rest} staged, buys and sells each as one batch. */
    private void restStaged() {
        size += buys.restStaged() + sells.restStaged();
    }

    private BookSide side(Side side) {
        return side == Side.BUY ? buys : sells;
    }
}
