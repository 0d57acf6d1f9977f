package io.quorum.allocation.ledger.jdbc;

import io.quorum.allocation.ledger.Account;
import io.quorum.allocation.ledger.BotBudget;
import io.quorum.allocation.ledger.BudgetStatus;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Percent;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users' accounts with their bots' budgets. Every change to a user's money starts with
 * {@link #lock}: the account row lock puts all of one user's changes in a single line, so
 * concurrent budget requests can never together take more than the balance.
 */
public class Accounts {

    private final JdbcClient jdbc;
    private final Money startingBalance;
    private final Percent reservedPool;

    public Accounts(JdbcClient jdbc, Money startingBalance, Percent reservedPool) {
        this.jdbc = jdbc;
        this.startingBalance = startingBalance;
        this.reservedPool = reservedPool;
    }

    /** Opens the account on first use, then locks it until the transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Account lock(UserId userId) {
        jdbc.sql("insert into account (user_id, balance) values (?, ?) on conflict do nothing")
                .params(userId.value(), startingBalance.value())
                .update();
        return jdbc.sql("select balance, venue_equity from account where user_id = ? for update")
                .param(userId.value())
                .query((rs, n) -> account(userId, rs))
                .single();
    }

    /** A read-only view; a user who never touched their money sees the starting balance. */
    public Account find(UserId userId) {
        return jdbc.sql("select balance, venue_equity from account where user_id = ?")
                .param(userId.value())
                .query((rs, n) -> account(userId, rs))
                .optional()
                .orElseGet(() -> new Account(userId, startingBalance, null, reservedPool, List.of()));
    }

    /**
     * The venue reported the user's equity at {@code observedAt}: kept unless a later report is already there
     * (Kafka may deliver an older one late). Locks the account like every change; returns the account as it now is.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Account observeVenueEquity(UserId userId, Money equity, Instant observedAt) {
        lock(userId);
        jdbc.sql("""
                        update account set venue_equity = ?, venue_equity_at = ?
                        where user_id = ? and (venue_equity_at is null or venue_equity_at <= ?)""")
                .params(equity.value(), Timestamp.from(observedAt), userId.value(), Timestamp.from(observedAt))
                .update();
        return lock(userId);
    }

    private Account account(UserId userId, ResultSet rs) throws SQLException {
        BigDecimal venueEquity = rs.getBigDecimal("venue_equity");
        return new Account(userId, Money.of(rs.getBigDecimal("balance")), venueEquity == null ? null : Money.of(venueEquity),
                reservedPool, budgetsOf(userId));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void save(Account account) {
        jdbc.sql("update account set balance = ? where user_id = ?")
                .params(account.balance().value(), account.userId().value())
                .update();
        account.budgets().forEach(this::save);
    }

    private void save(BotBudget budget) {
        jdbc.sql("""
                        insert into bot_budget (bot_id, user_id, amount, reserved, margin_in_use, realized_pnl, fees, status)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (bot_id) do update set amount = excluded.amount, reserved = excluded.reserved,
                            margin_in_use = excluded.margin_in_use, realized_pnl = excluded.realized_pnl,
                            fees = excluded.fees, status = excluded.status
                        where bot_budget.user_id = excluded.user_id""")
                .params(budget.botId().value(), budget.userId().value(), budget.amount().value(),
                        budget.reserved().value(), budget.marginInUse().value(), budget.realizedPnl().value(),
                        budget.fees().value(), budget.status().name())
                .update();
    }

    /**
     * A page of the user's budgets in every status, released ones too (a budget row is kept per bot), ordered by
     * bot id, after {@code afterBot} (null: from the first): at most {@code rows} of them.
     */
    public List<BotBudget> budgetsAfter(UserId userId, BotId afterBot, int rows) {
        String select = "select bot_id, user_id, amount, reserved, margin_in_use, realized_pnl, fees, status"
                + " from bot_budget where user_id = ?";
        var query = afterBot == null
                ? jdbc.sql(select + " order by bot_id limit ?").params(userId.value(), rows)
                : jdbc.sql(select + " and bot_id > ? order by bot_id limit ?").params(userId.value(), afterBot.value(), rows);
        return query.query((rs, n) -> budget(rs)).list();
    }

    private List<BotBudget> budgetsOf(UserId userId) {
        return jdbc.sql("""
                        select bot_id, user_id, amount, reserved, margin_in_use, realized_pnl, fees, status
                        from bot_budget where user_id = ? order by bot_id""")
                .param(userId.value())
                .query((rs, n) -> budget(rs))
                .list();
    }

    private static BotBudget budget(ResultSet rs) throws SQLException {
        return new BotBudget(new BotId(rs.getObject("bot_id", java.util.UUID.class)),
                new UserId(rs.getObject("user_id", java.util.UUID.class)),
                Money.of(rs.getBigDecimal("amount")), Money.of(rs.getBigDecimal("reserved")),
                Money.of(rs.getBigDecimal("margin_in_use")), Money.of(rs.getBigDecimal("realized_pnl")),
                Money.of(rs.getBigDecimal("fees")), BudgetStatus.valueOf(rs.getString("status")));
    }
}
