package io.quorum.execution.matching;

import io.quorum.contracts.money.Price;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * A limit price as a long: the price in units of 10^-10, exact for every price with at most ten decimals
 * below about 922 million, far beyond any listed instrument's tick and price. Equal prices written with
 * different scales get the same key, and keys order like the prices. A tick, which is only compared with
 * limits, is rounded down or up to a key instead, so any tick compares exactly.
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

    /** The largest key at or below {@code value}: {@code value >= key(limit)} exactly when {@code floor >= key}. */
    static long floor(BigDecimal value) {
        return saturated(value.setScale(SCALE, RoundingMode.FLOOR).unscaledValue());
    }

    /** The smallest key at or above {@code value}: {@code value <= key(limit)} exactly when {@code ceiling <= key}. */
    static long ceiling(BigDecimal value) {
        return saturated(value.setScale(SCALE, RoundingMode.CEILING).unscaledValue());
    }

    /** Beyond the long range every limit is on one side of the value, as it is of the clamped key. */
    private static long saturated(BigInteger unscaled) {
        if (unscaled.bitLength() < Long.SIZE) {
            return unscaled.longValue();
        }
        return unscaled.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE + 1;
    }
}
