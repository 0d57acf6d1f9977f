package io.quorum.registry.users;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often the attempt tables are pruned ({@code quorum.auth.attempts-pruning.interval}). What is old enough to go
 * is not set here: it follows from the limits themselves (see {@link AttemptsPruning}), so no setting can delete a row
 * a limit still reads.
 */
@ConfigurationProperties("quorum.auth.attempts-pruning")
public record PruningSettings(@DefaultValue("PT10M") Duration interval) {

    public PruningSettings {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("quorum.auth.attempts-pruning.interval must be positive");
        }
    }
}
