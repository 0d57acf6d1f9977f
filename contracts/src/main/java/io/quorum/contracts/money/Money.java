package io.quorum.contracts.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of the quote currency (USDT). Signed, because profit and loss are money too; where a
 * field must not be negative (a budget, a fee) the record holding it says so.
 */
public record Money(BigDecimal value) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);
    /** Internal precision for divisions; far below a cent, far above any venue's step. */
    public static final int SCALE = 12;

    public Money {
        value = Decimals.canonical(value, "amount");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Money of(String text) {
        return new Money(Decimals.parse(text, "amount"));
    }

    public static Money of(BigDecimal value) {
        return new Money(value);
    }

    public Money plus(Money other) {
        return new Money(value.add(other.value));
    }

    public Money minus(Money other) {
        return new Money(value.subtract(other.value));
    }

    public Money negate() {
        return new Money(value.negate());
    }

    public Money times(BigDecimal factor) {
        return new Money(value.multiply(factor));
    }

    public Money dividedBy(BigDecimal divisor) {
        return new Money(value.divide(divisor, SCALE, RoundingMode.HALF_EVEN));
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    public boolean exceeds(Money other) {
        return compareTo(other) > 0;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        return value.compareTo(other.value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
