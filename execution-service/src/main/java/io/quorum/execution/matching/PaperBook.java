package io.quorum.execution.matching;

import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The resting limit orders of one symbol, buys best (highest) first and sells best (lowest) first,
 * each price level in arrival order. A tick reads only the levels it crosses, so matching costs
 * O(log n + k) for k crossed orders, never a scan of the whole book.
 *
 * <p>Finding what a tick crosses does not remove anything: the caller fills the orders in a
 * database transaction and removes them only once that has committed.
 */
public final class PaperBook {

    private final Symbol symbol;
    private final NavigableMap<BigDecimal, Map<ClientOrderId, RestingOrder>> buys = new TreeMap<>(Comparator.reverseOrder());
    private final NavigableMap<BigDecimal, Map<ClientOrderId, RestingOrder>> sells = new TreeMap<>();
    private final Map<ClientOrderId, RestingOrder> byId = new HashMap<>();

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
        if (byId.putIfAbsent(order.clientOrderId(), order) == null) {
            levels(order.side()).computeIfAbsent(order.limitPrice().value(), price -> new LinkedHashMap<>())
                    .put(order.clientOrderId(), order);
        }
    }

    /** Removes an order (filled or cancelled); true when it was resting. */
    public synchronized boolean remove(ClientOrderId id) {
        RestingOrder order = byId.remove(id);
        if (order == null) {
            return false;
        }
        NavigableMap<BigDecimal, Map<ClientOrderId, RestingOrder>> levels = levels(order.side());
        Map<ClientOrderId, RestingOrder> level = levels.get(order.limitPrice().value());
        level.remove(id);
        if (level.isEmpty()) {
            levels.remove(order.limitPrice().value());
        }
        return true;
    }

    /**
     * The orders a trade at {@code tick}, at event time {@code at}, fills: buys with a limit at or above
     * the tick, sells at or below, placed no later than the tick. Best price first, then arrival order.
     */
    public synchronized List<RestingOrder> crossedBy(Price tick, Instant at) {
        List<RestingOrder> crossed = new ArrayList<>();
        // with the buys ordered high to low, the head up to the tick holds every limit >= tick
        collect(buys.headMap(tick.value(), true).values(), at, crossed);
        collect(sells.headMap(tick.value(), true).values(), at, crossed);
        return crossed;
    }

    public synchronized boolean contains(ClientOrderId id) {
        return byId.containsKey(id);
    }

    public synchronized int size() {
        return byId.size();
    }

    public synchronized List<RestingOrder> orders() {
        return List.copyOf(byId.values());
    }

    private static void collect(Collection<Map<ClientOrderId, RestingOrder>> levels, Instant at, List<RestingOrder> into) {
        for (Map<ClientOrderId, RestingOrder> level : levels) {
            for (RestingOrder order : level.values()) {
                // an order never fills on a trade that happened before it was placed
                if (!order.placedAt().isAfter(at)) {
                    into.add(order);
                }
            }
        }
    }

    private NavigableMap<BigDecimal, Map<ClientOrderId, RestingOrder>> levels(Side side) {
        return side == Side.BUY ? buys : sells;
    }
}
