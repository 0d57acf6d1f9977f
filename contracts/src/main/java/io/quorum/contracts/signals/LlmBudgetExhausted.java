package io.quorum.contracts.signals;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.event.UserScoped;
import io.quorum.contracts.ids.UserId;
import java.time.LocalDate;

/**
 * The user's daily LLM call budget refused a call for the first time on {@code day} (the UTC date of the
 * decision's event time, never the wall clock): until that day ends, the user's AI bots decide with their
 * technical voters alone and losing trades are not reviewed. {@code dailyLimit} is the budget that applied,
 * {@code used} the calls granted that day when the refusal came. Published at most once per user and day.
 */
public record LlmBudgetExhausted(UserId userId, LocalDate day, int dailyLimit, int used) implements UserScoped {

    public LlmBudgetExhausted {
        requireNonNull(userId, "userId");
        requireNonNull(day, "day");
        if (dailyLimit < 1) {
            throw new IllegalArgumentException("a budget that can be exhausted allows at least one call, was " + dailyLimit);
        }
        if (used < 0 || used > dailyLimit) {
            throw new IllegalArgumentException("used must be between 0 and the daily limit " + dailyLimit + ", was " + used);
        }
    }
}
