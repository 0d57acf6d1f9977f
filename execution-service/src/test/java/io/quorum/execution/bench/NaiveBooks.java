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
 * The baselines: every tick scans every resting order of its symbol (an array per symbol, the friendliest
 * layout a scan can have), or — the literal naive venue — every resting order of every symbol in one array,
 * asking each for its symbol too; each asks the order whether the tick crossed it. Fills are replaced in place.
 *
 * <p>Naive, but not made slow: one pass over a plain array, no allocation (the fills are counted and replaced where
 * they are, never collected or sorted into price-time priority, which the book does), and the comparison is the
 * service's own exact one ({@link RestingOrder#isCrossedBy}: the order's side, then its limit's {@code BigDecimal}
 * against the tick's), plus its placement time against the tick's. What each order costs is reading the order,
 * its {@code Price} and that price's {@code BigDecimal}: three objects, in the order they were built.
 */
final class NaiveBooks {

    private final Map<Symbol, RestingOrder[]> books = new HashMap<>();
    private RestingOrder[] all = new RestingOrder[0];

    void load(Symbol[] symbols, List<List<RestingOrder>> ordersBySymbol) {
        List<RestingOrder> joined = new ArrayList<>();
        for (int s = 0; s < symbols.length; s++) {
            books.put(symbols[s], ordersBySymbol.get(s).toArray(RestingOrder[]::new));
            joined.addAll(ordersBySymbol.get(s));
        }
        all = joined.toArray(RestingOrder[]::new);
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

    /** The same over all 2.7 million orders of every symbol in one array, each asked for its symbol first. */
    int fillAndReplaceScanningAll(Symbol symbol, Price tick, Instant at, UnaryOperator<RestingOrder> replacement) {
        RestingOrder[] book = all;
        int filled = 0;
        for (int i = 0; i < book.length; i++) {
            RestingOrder order = book[i];
            if (order.symbol().equals(symbol) && order.isCrossedBy(tick) && !order.placedAt().isAfter(at)) {
                book[i] = replacement.apply(order);
                filled++;
            }
        }
        return filled;
    }
}
