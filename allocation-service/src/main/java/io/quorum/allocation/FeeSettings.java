package io.quorum.allocation;

import io.quorum.allocation.ledger.FeeSchedule;
import io.quorum.contracts.money.FeeRate;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code quorum.fees.*}: the venue's maker and taker rates (agreement 4), checked at start-up. */
@ConfigurationProperties("quorum.fees")
public record FeeSettings(@DefaultValue("0.0002") BigDecimal maker, @DefaultValue("0.00055") BigDecimal taker) {

    public FeeSchedule schedule() {
        return new FeeSchedule(new FeeRate(maker), new FeeRate(taker));
    }
}
