package io.quorum.contracts.market;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.event.SymbolScoped;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;

/** The market traded at a price; the envelope's event time says when. */
public record TickObserved(Symbol symbol, Price price) implements SymbolScoped {

    public TickObserved {
        requireNonNull(symbol, "symbol");
        requireNonNull(price, "price");
    }
}
