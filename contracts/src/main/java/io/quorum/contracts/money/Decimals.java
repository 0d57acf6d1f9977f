package io.quorum.contracts.money;

import java.math.BigDecimal;
import java.util.Objects;

/** Canonical form for exact decimals: no trailing zeros, never a negative scale, so equal values are equal records. */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal canonical(BigDecimal value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static BigDecimal parse(String text, String name) {
        Objects.requireNonNull(text, name + " must not be null");
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a decimal number, was '" + text + "'", e);
        }
    }
}
