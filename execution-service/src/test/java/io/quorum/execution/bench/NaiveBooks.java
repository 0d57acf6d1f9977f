package io.quorum.execution.bench;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.execution.matching.RestingOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The baseline: every tick scans every resting order of its symbol and asks each whether the tick
 * crossed it (an array, the friendliest layout a scan can have). Fills are replaced in place.
 */
final class NaiveBooks {

    private final Map<Symbol, RestingOrder[]> books = new HashMap<>();

    void load(Symbol symbol, List<RestingOrder> orders) {
        books.put(symbol, orders.toArray(RestingOrder[]::new));
    }

    List<RestingOrder> crossedBy(Symbol symbol, Price tick, Instant at) {
        List<RestingOrder> crossed = new ArrayList<>();
        for (RestingOrder order : books.get(symbol)) {
            if (order.isCrossedBy(tick) && !order.placedAt().isAfter(at)) {
                crossed.add(order);
            }
        }
        return crossed;
    }

    /** Crosses like {@link #crossedBy} and puts {@code replacement.apply(filled)} where each filled order was. */
    int fillAndReplace(Symbol symbol, Price tick, Instant at, UnaryOperator<RestingOrder> replacement) {
        RestingOrder[] book = books.get(symbol);
        int filled = 0;
        for (int i = 0; i < book.length; i++) {
            RestingOrder order = book[i];
            if (order.isCrossedBy(tick) && !order.placedAt().isAfter(at)) {
                book[i] = replacement.apply(order);
                filled++;
            }
        }
        return filled;
    }
}
