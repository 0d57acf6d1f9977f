package io.quorum.contracts.signals;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Objects;

/** How sure a voter is, from 0 to 1. Exact, and written as a decimal string like money. */
public record Confidence(BigDecimal value) {

    public Confidence {
        Objects.requireNonNull(value, "confidence must not be null");
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, was " + value.toPlainString());
        }
        BigDecimal stripped = value.stripTrailingZeros();
        value = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Confidence of(String text) {
        Objects.requireNonNull(text, "confidence must not be null");
        try {
            return new Confidence(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("confidence must be a decimal number, was '" + text + "'", e);
        }
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
