package io.quorum.execution;

import io.quorum.contracts.money.FeeRate;
import io.quorum.execution.orders.FeeSchedule;
import io.quorum.execution.orders.Slippage;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The paper venue's economics, checked when the service starts. */
public final class VenueSettings {

    private VenueSettings() {
    }

    /** {@code quorum.fees.maker} and {@code quorum.fees.taker}: fractions of the fill notional. */
    @ConfigurationProperties("quorum.fees")
    public record Fees(@DefaultValue("0.0002") BigDecimal maker, @DefaultValue("0.00055") BigDecimal taker) {

        public FeeSchedule schedule() {
            return new FeeSchedule(new FeeRate(maker), new FeeRate(taker));
        }
    }

    /**
     * {@code quorum.paper.slippage}: how far a market order fills from the last price, against the
     * trader; {@code quorum.paper.maintenance-margin-rate}: the share of a position's notional that
     * must stay as margin before the venue liquidates it (Bybit's first tier for BTC and ETH: 0.5 %).
     */
    @ConfigurationProperties("quorum.paper")
    public record Paper(@DefaultValue("0.0005") BigDecimal slippage, @DefaultValue("0.005") BigDecimal maintenanceMarginRate) {

        public Paper {
            if (maintenanceMarginRate.signum() < 0 || maintenanceMarginRate.compareTo(new BigDecimal("0.5")) >= 0) {
                throw new IllegalArgumentException("quorum.paper.maintenance-margin-rate must be in [0, 0.5)");
            }
        }

        public Slippage slippageModel() {
            return new Slippage(slippage);
        }
    }
}
