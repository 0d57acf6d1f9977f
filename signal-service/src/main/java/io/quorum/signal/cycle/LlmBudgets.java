package io.quorum.signal.cycle;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.CorrelationId;
import io.quorum.contracts.ids.EventId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.signals.LlmBudgetExhausted;
import io.quorum.signal.llm.CallBudgetLimits;
import io.quorum.signal.llm.DailyCallBudget;
import io.quorum.signal.platform.Outbox;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The per-user daily LLM call budget in the database. Each grant is one transaction: the bot's grant for this
 * event time is claimed first (a redelivered candle finds it and is charged nothing, nor refused anew), then the
 * user's day is charged by one conditional update — {@code used + asked <= limit} is checked by the row's writer, so
 * bots of one user granted at the same candle close queue on the row and can never pass the limit together. The
 * first refusal of the user's day publishes {@link LlmBudgetExhausted} through the outbox in the same transaction.
 */
public class LlmBudgets {

    /** What the calls are for; a bot's vote and its loss review at one event time are separate grants. */
    public enum Purpose { VOTE, LOSS_REVIEW }

    /** Granted, or refused with the reason a decision or a review gives for going without. */
    public record Grant(boolean granted, String refusal) {
        public static final Grant GRANTED = new Grant(true, null);
    }

    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final CallBudgetLimits limits;

    public LlmBudgets(TransactionTemplate transactions, JdbcClient jdbc, Outbox outbox, CallBudgetLimits limits) {
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.limits = limits;
    }

    /** Grants all {@code calls} to the bot of {@code user} at event time {@code at}, or none of them. */
    public Grant grant(UserId user, BotId bot, Instant at, Purpose purpose, int calls) {
        int limit = limitOf(user);
        Optional<String> off = limits.offReason(limit);
        if (off.isPresent()) {
            return new Grant(false, off.get());
        }
        LocalDate day = DailyCallBudget.dayOf(at);
        return transactions.execute(status -> {
            boolean claimed = jdbc.sql("""
                    insert into llm_budget_grants (bot_id, decided_at, purpose, user_id, day, asked, granted)
                    values (?, ?, ?, ?, ?, ?, 0) on conflict do nothing""")
                    .params(bot.value(), Timestamp.from(at), purpose.name(), user.value(), Date.valueOf(day), calls)
                    .update() == 1;
            if (!claimed) {
                return earlier(user, bot, at, purpose, day, limit);
            }
            jdbc.sql("insert into llm_budget_days (user_id, day, daily_limit) values (?, ?, ?) on conflict do nothing")
                    .params(user.value(), Date.valueOf(day), limit).update();
            boolean charged = jdbc.sql("""
                    update llm_budget_days set used = used + :asked, daily_limit = :limit
                    where user_id = :user and day = :day and used + :asked <= :limit""")
                    .param("asked", calls).param("limit", limit).param("user", user.value()).param("day", Date.valueOf(day))
                    .update() == 1;
            if (charged) {
                jdbc.sql("update llm_budget_grants set granted = asked where bot_id = ? and decided_at = ? and purpose = ?")
                        .params(bot.value(), Timestamp.from(at), purpose.name()).update();
                return Grant.GRANTED;
            }
            DailyCallBudget budget = budgetOf(user, day, limit);
            tellOnce(user, day, at, budget);
            return new Grant(false, budget.refusal(calls));
        });
    }

    /** The user's budget on {@code day}: nothing granted yet is a fresh day at the limit that applies now. */
    public DailyCallBudget budgetOf(UserId user, LocalDate day) {
        return budgetOf(user, day, limitOf(user));
    }

    /** The market's time as far as this service knows it: the newest stored 15m candle close, of any symbol. */
    public Optional<LocalDate> marketDay() {
        return jdbc.sql("select max(close_time) from candles where interval = '15m'").query(Timestamp.class).optional()
                .map(close -> DailyCallBudget.dayOf(close.toInstant()));
    }

    public int limitOf(UserId user) {
        OptionalInt override = jdbc.sql("select daily_calls from llm_budget_overrides where user_id = ?")
                .param(user.value()).query(Integer.class).optional().map(OptionalInt::of).orElse(OptionalInt.empty());
        return limits.limitFor(override);
    }

    private DailyCallBudget budgetOf(UserId user, LocalDate day, int limit) {
        int used = jdbc.sql("select used from llm_budget_days where user_id = ? and day = ?")
                .params(user.value(), Date.valueOf(day)).query(Integer.class).optional().orElse(0);
        return new DailyCallBudget(day, limit, used);
    }

    /** A redelivery gets what the first attempt got, so the retried decision is the one the first would have made. */
    private Grant earlier(UserId user, BotId bot, Instant at, Purpose purpose, LocalDate day, int limit) {
        record Earlier(int asked, int granted) {
        }
        Earlier earlier = jdbc.sql("select asked, granted from llm_budget_grants where bot_id = ? and decided_at = ? and purpose = ?")
                .params(bot.value(), Timestamp.from(at), purpose.name())
                .query((rs, n) -> new Earlier(rs.getInt(1), rs.getInt(2))).single();
        return earlier.granted() > 0 ? Grant.GRANTED
                : new Grant(false, budgetOf(user, day, limit).refusal(earlier.asked()));
    }

    /** Marks the day exhausted at its first refusal; only the transaction that marks it tells the user. */
    private void tellOnce(UserId user, LocalDate day, Instant at, DailyCallBudget budget) {
        boolean first = jdbc.sql("update llm_budget_days set exhausted_at = ? where user_id = ? and day = ? and exhausted_at is null")
                .params(Timestamp.from(at), user.value(), Date.valueOf(day)).update() == 1;
        if (first) {
            LlmBudgetExhausted exhausted = new LlmBudgetExhausted(user, day, budget.limit(), Math.min(budget.used(), budget.limit()));
            outbox.add(new Envelope<>(EventId.derive("signal", "llm-budget-exhausted", user.toString(), day.toString()), at,
                    null, CorrelationId.random(), exhausted));
        }
    }
}
