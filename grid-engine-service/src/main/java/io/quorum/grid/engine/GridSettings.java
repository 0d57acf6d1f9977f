package io.quorum.grid.engine;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code quorum.grid.*}: when sizing slots, the share of each grid's budget kept back as a margin
 * of safety, and the taker fee rate the allocation reserves for every order; the maker fee rate a
 * grid's resting limit orders pay, for the profit a preview shows.
 */
@ConfigurationProperties("quorum.grid")
public record GridSettings(@DefaultValue("0.002") BigDecimal feeReserve, @DefaultValue("0.00055") BigDecimal takerFee,
                           @DefaultValue("0.0002") BigDecimal makerFee) {

    public GridSettings {
        if (feeReserve.signum() < 0 || feeReserve.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("quorum.grid.fee-reserve must be in [0, 1), was " + feeReserve.toPlainString());
        }
    }
}
