package io.quorum.allocation;

import io.quorum.contracts.money.Money;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code quorum.allocation.*}: the balance a new user's paper account opens with. */
@ConfigurationProperties("quorum.allocation")
public record AllocationSettings(@DefaultValue("10000") BigDecimal paperStartingBalance) {

    public AllocationSettings {
        if (paperStartingBalance == null || paperStartingBalance.signum() < 0) {
            throw new IllegalArgumentException("quorum.allocation.paper-starting-balance must be zero or more");
        }
    }

    public Money startingBalance() {
        return Money.of(paperStartingBalance);
    }
}
