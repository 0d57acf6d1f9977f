package io.quorum.allocation;

import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Percent;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code quorum.allocation.*}: the balance a new user's paper account opens with, and the limits every user's
 * money is held to — {@code reserved-pool-percent} of the equity no bot budget may take,
 * {@code max-single-order-percent} of the equity one opening order's notional may reach,
 * {@code max-slippage-percent} an order may expect against the best price before it is scaled down, and
 * {@code book-stale-after}, how far an order book's event time may lie from the intent's before it no longer counts.
 * The pool (0) and the single-order cap (100 %) are off by default, so paper runs and replays keep their shape; the
 * live steps of docs/operations.md set them (10 and 25).
 */
@ConfigurationProperties("quorum.allocation")
public record AllocationSettings(@DefaultValue("10000") BigDecimal paperStartingBalance,
                                 @DefaultValue("0") BigDecimal reservedPoolPercent,
                                 @DefaultValue("100") BigDecimal maxSingleOrderPercent,
                                 @DefaultValue("0.5") BigDecimal maxSlippagePercent,
                                 @DefaultValue("PT60S") Duration bookStaleAfter) {

    public AllocationSettings {
        if (paperStartingBalance == null || paperStartingBalance.signum() < 0) {
            throw new IllegalArgumentException("quorum.allocation.paper-starting-balance must be zero or more");
        }
        if (reservedPoolPercent.signum() < 0 || reservedPoolPercent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalArgumentException("quorum.allocation.reserved-pool-percent must be at least 0 and below 100");
        }
        if (maxSingleOrderPercent.signum() <= 0 || maxSingleOrderPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("quorum.allocation.max-single-order-percent must be above 0 and at most 100");
        }
        if (maxSlippagePercent.signum() < 0) {
            throw new IllegalArgumentException("quorum.allocation.max-slippage-percent must be zero or more");
        }
        if (bookStaleAfter.isNegative() || bookStaleAfter.isZero()) {
            throw new IllegalArgumentException("quorum.allocation.book-stale-after must be positive");
        }
    }

    public Money startingBalance() {
        return Money.of(paperStartingBalance);
    }

    public Percent reservedPool() {
        return Percent.of(reservedPoolPercent);
    }

    public Percent maxSingleOrder() {
        return Percent.of(maxSingleOrderPercent);
    }

    public Percent maxSlippage() {
        return Percent.of(maxSlippagePercent);
    }
}
