package io.quorum.execution.matching;

import io.quorum.contracts.money.Price;
import java.math.BigDecimal;

/**
 * A limit price as a long: the price in units of 10^-10, exact for every price with at most ten decimals
 * below about 922 million, far beyond any listed instrument's tick and price. Equal prices written with
 * different scales get the same key, and keys order like the prices.
 */
final class PriceKey {

    static final int SCALE = 10;

    private PriceKey() {
    }

    static long of(Price price) {
        BigDecimal value = price.value();
        if (value.scale() > SCALE) {
            throw new IllegalArgumentException("price " + price + " has more than " + SCALE + " decimals");
        }
        try {
            return value.movePointRight(SCALE).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("price " + price + " is beyond the book's range", e);
        }
    }
}
