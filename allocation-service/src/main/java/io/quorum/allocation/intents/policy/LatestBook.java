package io.quorum.allocation.intents.policy;

import io.quorum.contracts.market.OrderBookObserved;
import java.time.Instant;
import java.util.Objects;

/** The latest order book the allocation holds for a symbol and its event time (the venue's timestamp). */
public record LatestBook(OrderBookObserved book, Instant observedAt) {

    public LatestBook {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(observedAt, "observedAt");
    }
}
