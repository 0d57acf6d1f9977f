package io.quorum.contracts.market;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** The venue's trading rules for one instrument: price tick, quantity step, minimum order quantity. */
public record Instrument(Symbol symbol, BigDecimal tickSize, BigDecimal qtyStep, BigDecimal minQty, int maxLeverage) {

    public Instrument {
        Objects.requireNonNull(symbol, "symbol");
        if (tickSize.signum() <= 0 || qtyStep.signum() <= 0 || minQty.signum() <= 0 || maxLeverage < 1) {
            throw new IllegalArgumentException("instrument rules must be positive for " + symbol);
        }
    }

    public boolean isOnTick(Price price) {
        return price.value().remainder(tickSize).signum() == 0;
    }

    /** The nearest tick at or below the given price (buying never pays more than asked). */
    public Price tickBelow(BigDecimal price) {
        return Price.of(price.divide(tickSize, 0, RoundingMode.FLOOR).multiply(tickSize));
    }

    /** The nearest tick at or above the given price. */
    public Price tickAbove(BigDecimal price) {
        return Price.of(price.divide(tickSize, 0, RoundingMode.CEILING).multiply(tickSize));
    }

    /** The largest tradable quantity not above the given one; zero when below one step. */
    public Quantity stepDown(BigDecimal quantity) {
        return Quantity.of(quantity.divide(qtyStep, 0, RoundingMode.FLOOR).multiply(qtyStep));
    }

    public boolean isTradable(Quantity quantity) {
        return quantity.value().compareTo(minQty) >= 0 && quantity.value().remainder(qtyStep).signum() == 0;
    }
}
