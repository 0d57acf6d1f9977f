package io.quorum.signal.llm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One user's LLM calls on one day: the limit and how many were granted. The day is the UTC date of the decision's
 * event time — the candle close —, so a replay of June charges June's days, whatever the wall clock says, and the
 * candle closing at 00:00 is the first decision of the new day. A grant is all or nothing: a decision either asks
 * every LLM voter of its panel or none of them (see {@link #covers}).
 */
public record DailyCallBudget(LocalDate day, int limit, int used) {

    public DailyCallBudget {
        if (day == null) {
            throw new IllegalArgumentException("a budget belongs to a day");
        }
        if (limit < 0 || used < 0) {
            throw new IllegalArgumentException("limit and used must not be negative, were " + limit + " and " + used);
        }
    }

    /** The budget day a decision at this event time is charged to. */
    public static LocalDate dayOf(Instant eventTime) {
        return LocalDate.ofInstant(eventTime, ZoneOffset.UTC);
    }

    /** A day nothing was granted on yet. */
    public static DailyCallBudget fresh(LocalDate day, int limit) {
        return new DailyCallBudget(day, limit, 0);
    }

    /** Calls still available; never negative, even if the operator lowered the limit below what was already used. */
    public int remaining() {
        return Math.max(0, limit - used);
    }

    /**
     * Whether all {@code asked} calls fit. Never part of them: a panel that loses some of its LLM voters would be
     * judged by thresholds written for another panel, and which provider to drop would be arbitrary — so the few
     * calls left stay for a smaller request (a bot with one LLM voter, or a loss review).
     */
    public boolean covers(int asked) {
        if (asked < 1) {
            throw new IllegalArgumentException("a grant asks for at least one call, was " + asked);
        }
        return used + asked <= limit;
    }

    public DailyCallBudget charge(int asked) {
        if (!covers(asked)) {
            throw new IllegalStateException(asked + " calls do not fit: " + remaining() + " of " + limit + " left on " + day);
        }
        return new DailyCallBudget(day, limit, used + asked);
    }

    /** What a refused decision says about the budget, in its reason. */
    public String refusal(int asked) {
        return "the user's daily LLM call budget is spent (" + remaining() + " of " + limit + " calls left on " + day
                + ", " + asked + " needed)";
    }
}
