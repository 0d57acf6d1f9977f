package io.quorum.marketdata.replay.model;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.money.Price;
import java.time.Instant;

/** The market traded at {@code price} at event time {@code at}. */
public record PricePoint(Instant at, Price price) {

    public PricePoint {
        requireNonNull(at, "at");
        requireNonNull(price, "price");
    }
}
