package io.quorum.signal.llm;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which daily LLM call limit applies to a user: the operator's override for that user if there is one, else the
 * service-wide {@code daily-calls-per-user}. A service-wide 0 switches LLM voters off for everyone, overrides
 * included — it is the operator's kill switch, not a default a single user can escape.
 */
public record CallBudgetLimits(int dailyCallsPerUser) {

    public CallBudgetLimits {
        if (dailyCallsPerUser < 0) {
            throw new IllegalArgumentException("quorum.signal.llm.daily-calls-per-user must not be negative, was "
                    + dailyCallsPerUser);
        }
    }

    public boolean switchedOff() {
        return dailyCallsPerUser == 0;
    }

    public int limitFor(OptionalInt override) {
        return switchedOff() ? 0 : override.orElse(dailyCallsPerUser);
    }

    /** Why no LLM voter was asked when the limit is 0, or empty when calls may be granted at all. */
    public Optional<String> offReason(int limit) {
        if (limit > 0) {
            return Optional.empty();
        }
        return Optional.of(switchedOff() ? "LLM voters are switched off (daily-calls-per-user = 0)"
                : "LLM voters are switched off for this user (daily LLM call budget 0)");
    }
}
