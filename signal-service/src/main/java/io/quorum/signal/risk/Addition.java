package io.quorum.signal.risk;

import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Quantity;
import java.util.Objects;

/**
 * How much to add to an open position (DCA) at the close, keeping its stop: {@code riskAmount} is what the added
 * part loses at the stop, {@code limitedBy} names the cap that set the quantity (risk, budget, exposure or
 * max-loss, the combined position's loss at the stop).
 */
public record Addition(Quantity quantity, Money riskAmount, String limitedBy) implements Sizing {

    public Addition {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(riskAmount, "riskAmount");
        Objects.requireNonNull(limitedBy, "limitedBy");
        if (quantity.isZero()) {
            throw new IllegalArgumentException("an addition needs a quantity");
        }
    }
}
