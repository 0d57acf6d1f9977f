package io.quorum.marketdata.live.model;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import java.time.Instant;

/** One public trade as the exchange printed it: its id, price, size (base coin) and exchange time. */
public record Trade(Symbol symbol, String id, Price price, Quantity size, Instant time) {

    public Trade {
        requireNonNull(symbol, "symbol");
        requireNonNull(id, "id");
        requireNonNull(price, "price");
        requireNonNull(size, "size");
        requireNonNull(time, "time");
    }
}
