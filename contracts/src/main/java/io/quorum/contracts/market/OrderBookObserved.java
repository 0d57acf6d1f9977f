package io.quorum.contracts.market;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.event.SymbolScoped;
import io.quorum.contracts.ids.Symbol;
import java.util.List;

/**
 * The top of a venue's order book for a symbol as the market-data service last saw it; the envelope's event
 * time says when (the venue's timestamp). {@code bids} are best (highest) first, {@code asks} best (lowest)
 * first, each at most {@code depth} levels. Published at a throttled pace per symbol, not on every change:
 * consumers (the allocation's slippage estimate) keep the latest per symbol.
 */
public record OrderBookObserved(Symbol symbol, List<BookLevel> bids, List<BookLevel> asks, int depth)
        implements SymbolScoped {

    public OrderBookObserved {
        requireNonNull(symbol, "symbol");
        bids = List.copyOf(requireNonNull(bids, "bids"));
        asks = List.copyOf(requireNonNull(asks, "asks"));
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1, was " + depth);
        }
        if (bids.size() > depth || asks.size() > depth) {
            throw new IllegalArgumentException("a side holds more levels than the depth " + depth);
        }
        for (int i = 1; i < bids.size(); i++) {
            if (bids.get(i).price().compareTo(bids.get(i - 1).price()) >= 0) {
                throw new IllegalArgumentException("bids must be strictly descending by price");
            }
        }
        for (int i = 1; i < asks.size(); i++) {
            if (asks.get(i).price().compareTo(asks.get(i - 1).price()) <= 0) {
                throw new IllegalArgumentException("asks must be strictly ascending by price");
            }
        }
        if (!bids.isEmpty() && !asks.isEmpty() && bids.get(0).price().compareTo(asks.get(0).price()) >= 0) {
            throw new IllegalArgumentException("the best bid must lie below the best ask");
        }
    }
}
