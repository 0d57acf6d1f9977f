package io.quorum.contracts.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;

/** A fee as a fraction of notional (0.00055 is 0.055 %). Between 0 and 1. */
public record FeeRate(BigDecimal value) {

    public FeeRate {
        value = Decimals.canonical(value, "fee rate");
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("fee rate must be in [0, 1), was " + value.toPlainString());
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static FeeRate of(String text) {
        return new FeeRate(Decimals.parse(text, "fee rate"));
    }

    public Money on(Money notional) {
        return notional.times(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
