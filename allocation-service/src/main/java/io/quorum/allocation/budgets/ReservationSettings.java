package io.quorum.allocation.budgets;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code quorum.allocation.reservations}: how long a reservation may wait for its bot's BotStarted before it is
 * released ({@code unconfirmed-grace}, well above the registry's longest start, 4 × its allocation timeouts), and how
 * often that is looked for ({@code sweep-interval}).
 */
@ConfigurationProperties("quorum.allocation.reservations")
public record ReservationSettings(@DefaultValue("PT10M") Duration unconfirmedGrace,
                                  @DefaultValue("PT30S") Duration sweepInterval) {

    public ReservationSettings {
        if (unconfirmedGrace.isNegative() || unconfirmedGrace.isZero() || sweepInterval.isNegative()
                || sweepInterval.isZero()) {
            throw new IllegalArgumentException(
                    "quorum.allocation.reservations.unconfirmed-grace and sweep-interval must be positive");
        }
    }
}
