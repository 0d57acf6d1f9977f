package io.quorum.signal.cycle;

import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.EventId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.signal.journal.ClosedTrade;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The AI bots' closed trades and the lessons learnt from losing ones (tables {@code journal_trades}, {@code lessons}). */
public class Journal {

    /** How a trade's review stands. */
    public enum Review { PENDING, LESSON, FAILED, NOT_NEEDED, NO_REVIEWER }

    public record Entry(long id, ClosedTrade trade, Review review, String note) {
    }

    public record Lesson(Symbol symbol, String text, Instant learntAt, Instant expiresAt) {
    }

    private final JdbcClient jdbc;

    public Journal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Once per bot and close time, whatever delivers the close again. */
    public void record(ClosedTrade trade, EventId closedBy, Review review, String note) {
        jdbc.sql("""
                insert into journal_trades (bot_id, user_id, symbol, side, entry_price, opened_at, closed_at, realized_pnl,
                    fees, result, event_id, review_status, review_note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (bot_id, closed_at) do nothing""")
                .params(trade.botId().value(), trade.userId().value(), trade.symbol().value(), trade.side().name(),
                        trade.entry() == null ? null : trade.entry().value(), Timestamp.from(trade.openedAt()),
                        Timestamp.from(trade.closedAt()), trade.realizedPnl().value(), trade.fees().value(),
                        trade.result().value(), closedBy.value(), review.name(), note)
                .update();
    }

    /** The trade the event closed, while its review is still to be done. */
    public Optional<Entry> pendingReviewOf(EventId closedBy) {
        return jdbc.sql("select * from journal_trades where event_id = ? and review_status = 'PENDING'")
                .param(closedBy.value()).query(Journal::entry).optional();
    }

    /** Settles a pending review and keeps its lesson, both at once; a review settled already stays as it was. */
    public void reviewed(Entry entry, Review review, String note, Lesson lesson) {
        int settled = jdbc.sql("update journal_trades set review_status = ?, review_note = ? where id = ? and review_status = 'PENDING'")
                .params(review.name(), note, entry.id()).update();
        if (settled == 1 && lesson != null) {
            jdbc.sql("""
                    insert into lessons (trade_id, bot_id, symbol, text, learnt_at, expires_at) values (?, ?, ?, ?, ?, ?)
                    on conflict (trade_id) do nothing""")
                    .params(entry.id(), entry.trade().botId().value(), lesson.symbol().value(), lesson.text(),
                            Timestamp.from(lesson.learntAt()), Timestamp.from(lesson.expiresAt()))
                    .update();
        }
    }

    /** Lessons of the bot on the symbol learnt by {@code at} and not expired then, newest first. */
    public List<Lesson> activeLessons(BotId bot, Symbol symbol, Instant at, int limit) {
        return jdbc.sql("""
                select symbol, text, learnt_at, expires_at from lessons where bot_id = ? and symbol = ? and learnt_at <= ?
                    and expires_at > ? order by learnt_at desc, id desc limit ?""")
                .params(bot.value(), symbol.value(), Timestamp.from(at), Timestamp.from(at), limit)
                .query(Journal::lesson).list();
    }

    /** A lesson with its row number, which marks its place in the bot's list. */
    public record NumberedLesson(long id, Lesson lesson) {
    }

    /** The bot's lessons, newest learnt first, after the one numbered {@code afterId} (the bot's own; another's marks nothing). */
    public List<NumberedLesson> lessons(BotId bot, Optional<Long> afterId, int limit) {
        return jdbc.sql("""
                        select id, symbol, text, learnt_at, expires_at from lessons where bot_id = :bot
                          and (cast(:after as bigint) is null or (learnt_at, id) <
                               (select learnt_at, id from lessons where id = :after and bot_id = :bot))
                        order by learnt_at desc, id desc limit :limit""")
                .param("bot", bot.value()).param("after", afterId.orElse(null)).param("limit", limit)
                .query((rs, row) -> new NumberedLesson(rs.getLong("id"), lesson(rs, row))).list();
    }

    /** The bot's trades closed before {@code before} (all when null), newest first; a bot closes one trade at a time. */
    public List<Entry> trades(BotId bot, Instant before, int limit) {
        return jdbc.sql("select * from journal_trades where bot_id = ? and closed_at < ? order by closed_at desc limit ?")
                .params(bot.value(), Timestamp.from(before == null ? Instant.parse("9999-12-31T00:00:00Z") : before), limit)
                .query(Journal::entry).list();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        BigDecimal entry = rs.getBigDecimal("entry_price");
        ClosedTrade trade = new ClosedTrade(new BotId(rs.getObject("bot_id", java.util.UUID.class)),
                new UserId(rs.getObject("user_id", java.util.UUID.class)), Symbol.of(rs.getString("symbol")),
                PositionSide.valueOf(rs.getString("side")), entry == null ? null : Price.of(entry),
                rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("closed_at").toInstant(),
                Money.of(rs.getBigDecimal("realized_pnl")), Money.of(rs.getBigDecimal("fees")));
        return new Entry(rs.getLong("id"), trade, Review.valueOf(rs.getString("review_status")), rs.getString("review_note"));
    }

    private static Lesson lesson(ResultSet rs, int row) throws SQLException {
        return new Lesson(Symbol.of(rs.getString("symbol")), rs.getString("text"), rs.getTimestamp("learnt_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant());
    }
}
