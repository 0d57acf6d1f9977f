package io.quorum.execution.orders;

import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.Side;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The paper venue's model of a market order's cost: the last price moved by a fraction against the
 * trader, rounded to the instrument's tick also against the trader (a buy pays more, a sell gets less).
 */
public record Slippage(BigDecimal fraction) {

    public Slippage {
        Objects.requireNonNull(fraction, "fraction");
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("slippage must be in [0, 1), was " + fraction.toPlainString());
        }
    }

    public Price marketFillPrice(Side side, Price last, Instrument instrument) {
        if (side == Side.BUY) {
            return instrument.tickAbove(last.value().multiply(BigDecimal.ONE.add(fraction)));
        }
        BigDecimal worse = last.value().multiply(BigDecimal.ONE.subtract(fraction));
        // never below one tick: a price must stay positive
        return instrument.tickBelow(worse.max(instrument.tickSize()));
    }
}
