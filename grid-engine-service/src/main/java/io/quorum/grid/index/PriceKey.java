package io.quorum.grid.index;

import io.quorum.contracts.money.Price;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * A price as a long in units of 10^-10: exact for every price with at most ten decimals below about
 * 922 million, and ordered like the prices. A watched price must fit; a tick, only compared with watched
 * prices, is rounded down or up to a key, which keeps every comparison exact.
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
            throw new IllegalArgumentException("price " + price + " is beyond the index's range", e);
        }
    }

    /** The largest key at or below the price: {@code price >= p} exactly when {@code floor >= key(p)}. */
    static long floor(Price price) {
        return saturated(price.value().setScale(SCALE, RoundingMode.FLOOR).unscaledValue());
    }

    /** The smallest key at or above the price: {@code price <= p} exactly when {@code ceiling <= key(p)}. */
    static long ceiling(Price price) {
        return saturated(price.value().setScale(SCALE, RoundingMode.CEILING).unscaledValue());
    }

    /** Beyond the long range every watched price is on one side of the tick, as it is of the clamped key. */
    private static long saturated(BigInteger unscaled) {
        return unscaled.bitLength() < Long.SIZE ? unscaled.longValue() : Long.MAX_VALUE;
    }
}
