package io.quorum.contracts.market;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;

/** One price level of a venue's order book: {@code quantity} of the base coin resting at {@code price}. */
public record BookLevel(Price price, Quantity quantity) {

    public BookLevel {
        requireNonNull(price, "price");
        requireNonNull(quantity, "quantity");
        if (quantity.isZero()) {
            throw new IllegalArgumentException("a book level holds a quantity, was zero at " + price);
        }
    }
}
