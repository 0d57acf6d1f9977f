package io.quorum.allocation.budgets;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Table {@code budget_start}: when a bot's current reservation was made and whether its start was confirmed
 * (BotStarted seen). No row — a budget from before this table — counts as confirmed.
 */
public class BudgetStarts {

    /** An unconfirmed reservation and its owner. */
    public record Unconfirmed(BotId botId, UserId userId) {
    }

    private final JdbcClient jdbc;

    public BudgetStarts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A start reserved (or asked again for) the bot's budget now; it is unconfirmed until BotStarted. */
    void reserved(BotId bot, Instant now) {
        jdbc.sql("insert into budget_start (bot_id, reserved_at, confirmed_at) values (?, ?, null) "
                        + "on conflict (bot_id) do update set reserved_at = excluded.reserved_at, confirmed_at = null")
                .params(bot.value(), Timestamp.from(now))
                .update();
    }

    /** Whether the bot's reservation waits for its start to be confirmed (under the caller's account lock). */
    boolean unconfirmed(BotId bot) {
        return jdbc.sql("select bot_id from budget_start where bot_id = ? and confirmed_at is null for update")
                .param(bot.value()).query((rs, n) -> rs.getObject(1)).optional().isPresent();
    }

    /** The registry started the bot: its reservation is its run's. */
    public void confirm(BotId bot, Instant now) {
        jdbc.sql("update budget_start set confirmed_at = ? where bot_id = ? and confirmed_at is null")
                .params(Timestamp.from(now), bot.value())
                .update();
    }

    /** Reservations made before {@code before} and still unconfirmed, oldest first. */
    List<Unconfirmed> overdue(Instant before, int limit) {
        return jdbc.sql("""
                        select s.bot_id, b.user_id from budget_start s join bot_budget b on b.bot_id = s.bot_id
                        where s.confirmed_at is null and s.reserved_at < ? order by s.reserved_at limit ?""")
                .params(Timestamp.from(before), limit)
                .query((rs, n) -> new Unconfirmed(new BotId(rs.getObject(1, UUID.class)),
                        new UserId(rs.getObject(2, UUID.class))))
                .list();
    }

    /**
     * Whether the bot's reservation is still unconfirmed and was made before {@code before}; locks its row, so a
     * BotStarted handled meanwhile confirms either before this decision or after the release.
     */
    boolean stillOverdue(BotId bot, Instant before) {
        return jdbc.sql("select bot_id from budget_start where bot_id = ? and confirmed_at is null and reserved_at < ? "
                        + "for update")
                .params(bot.value(), Timestamp.from(before)).query((rs, n) -> rs.getObject(1)).optional().isPresent();
    }

    void forget(BotId bot) {
        jdbc.sql("delete from budget_start where bot_id = ?").param(bot.value()).update();
    }
}
