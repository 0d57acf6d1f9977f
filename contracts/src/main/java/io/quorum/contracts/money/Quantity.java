package io.quorum.contracts.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;

/** An amount of the base coin, never negative. Exact; written on the wire as a decimal string. */
public record Quantity(BigDecimal value) implements Comparable<Quantity> {

    public static final Quantity ZERO = new Quantity(BigDecimal.ZERO);

    public Quantity {
        value = Decimals.canonical(value, "quantity");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("quantity must not be negative, was " + value.toPlainString());
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Quantity of(String text) {
        return new Quantity(Decimals.parse(text, "quantity"));
    }

    public static Quantity of(BigDecimal value) {
        return new Quantity(value);
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public Quantity plus(Quantity other) {
        return new Quantity(value.add(other.value));
    }

    public Quantity minus(Quantity other) {
        return new Quantity(value.subtract(other.value));
    }

    public Quantity min(Quantity other) {
        return compareTo(other) <= 0 ? this : other;
    }

    @Override
    public int compareTo(Quantity other) {
        return value.compareTo(other.value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
