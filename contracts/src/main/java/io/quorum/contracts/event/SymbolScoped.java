package io.quorum.contracts.event;

import io.quorum.contracts.ids.Symbol;

/** An event about one instrument's market. */
public interface SymbolScoped extends Event {
    Symbol symbol();
}
