package io.quorum.signal.risk;

import java.math.BigDecimal;
import java.util.Objects;

/** A strictly positive percentage as users write it: {@code 2.5} is 2.5 %. */
public record Percent(BigDecimal value) implements Comparable<Percent> {

    public Percent {
        Objects.requireNonNull(value, "percent");
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("a percentage must be positive, was " + value.toPlainString());
        }
    }

    public static Percent of(String text) {
        return new Percent(new BigDecimal(text));
    }

    /** 2.5 % as 0.025; exact, since moving the decimal point never rounds. */
    public BigDecimal fraction() {
        return value.movePointLeft(2);
    }

    public boolean isBelowHundred() {
        return value.compareTo(BigDecimal.valueOf(100)) < 0;
    }

    @Override
    public int compareTo(Percent other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.stripTrailingZeros().toPlainString() + " %";
    }
}
