package io.quorum.contracts.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;

/** A strictly positive price in the quote currency (USDT). Exact; written on the wire as a decimal string. */
public record Price(BigDecimal value) implements Comparable<Price> {

    public Price {
        value = Decimals.canonical(value, "price");
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("price must be positive, was " + value.toPlainString());
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Price of(String text) {
        return new Price(Decimals.parse(text, "price"));
    }

    public static Price of(BigDecimal value) {
        return new Price(value);
    }

    public Money times(Quantity quantity) {
        return new Money(value.multiply(quantity.value()));
    }

    public boolean isAbove(Price other) {
        return compareTo(other) > 0;
    }

    public boolean isBelow(Price other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Price other) {
        return value.compareTo(other.value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
