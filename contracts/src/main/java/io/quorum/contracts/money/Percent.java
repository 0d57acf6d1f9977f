package io.quorum.contracts.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;

/**
 * A percentage as users write it: {@code 2.5} is 2.5 %. Signed, because a threshold such as "a position
 * down 10 %" is negative; the record holding one says which range it accepts. Exact, and written as a
 * decimal string like money.
 */
public record Percent(BigDecimal value) implements Comparable<Percent> {

    public static final Percent HUNDRED = new Percent(BigDecimal.valueOf(100));

    public Percent {
        value = Decimals.canonical(value, "percent");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Percent of(String text) {
        return new Percent(Decimals.parse(text, "percent"));
    }

    public static Percent of(BigDecimal value) {
        return new Percent(value);
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    /** 2.5 % as 0.025; exact, since moving the decimal point never rounds. */
    public BigDecimal fraction() {
        return value.movePointLeft(2);
    }

    @Override
    public int compareTo(Percent other) {
        return value.compareTo(other.value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
