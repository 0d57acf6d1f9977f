package io.quorum.signal.bots;

import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.Side;
import io.quorum.signal.context.OpenPosition;
import io.quorum.signal.journal.ClosedTrade;
import io.quorum.signal.journal.TradeTracker;
import io.quorum.signal.journal.TradeTracker.Step;
import io.quorum.signal.journal.TradeTracker.Track;
import java.math.BigDecimal;
import io.quorum.contracts.ids.Symbol;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The latest position of each AI bot (table {@code positions}); a later event time replaces an earlier one only. */
public class Positions {

    /**
     * A bot's position as the decision cycle needs it: what is open, the leverage it was opened at, the venue-side
     * stop-loss and take-profit it holds (null: none known) and when its trade opened (event time).
     */
    public record Held(OpenPosition position, int leverage, Price stopLoss, Price takeProfit, Instant openedAt) {

        public Held(OpenPosition position, int leverage) {
            this(position, leverage, null, null, null);
        }
    }

    private final JdbcClient jdbc;

    public Positions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keeps the change unless a later one is kept already (then nothing happens), and returns the trade it closed:
     * the row is locked while the open trade's start is carried over, so two deliveries cannot both close it.
     */
    public Optional<ClosedTrade> changed(PositionChanged change, Instant at) {
        Optional<Track> previous = jdbc.sql("""
                select side, entry_price, realized_pnl, fees_paid, changed_at, trade_opened_at, trade_start_pnl,
                    trade_start_fees from positions where bot_id = ? for update""")
                .param(change.botId().value())
                .query((rs, n) -> new Track(PositionSide.valueOf(rs.getString("side")),
                        rs.getBigDecimal("entry_price") == null ? null : Price.of(rs.getBigDecimal("entry_price")),
                        Money.of(rs.getBigDecimal("realized_pnl")), Money.of(rs.getBigDecimal("fees_paid")),
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getTimestamp("trade_opened_at") == null ? null : rs.getTimestamp("trade_opened_at").toInstant(),
                        Money.of(rs.getBigDecimal("trade_start_pnl")), Money.of(rs.getBigDecimal("trade_start_fees"))))
                .optional();
        if (previous.isPresent() && previous.get().changedAt().isAfter(at)) {
            return Optional.empty();
        }
        Step step = TradeTracker.next(previous.orElse(null), change, at);
        Track state = step.state();
        jdbc.sql("""
                insert into positions (bot_id, user_id, symbol, side, size, entry_price, leverage, realized_pnl, fees_paid,
                    changed_at, trade_opened_at, trade_start_pnl, trade_start_fees, stop_loss, take_profit)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (bot_id) do update set side = excluded.side, size = excluded.size,
                    entry_price = excluded.entry_price, leverage = excluded.leverage, realized_pnl = excluded.realized_pnl,
                    fees_paid = excluded.fees_paid, changed_at = excluded.changed_at,
                    trade_opened_at = excluded.trade_opened_at, trade_start_pnl = excluded.trade_start_pnl,
                    trade_start_fees = excluded.trade_start_fees, stop_loss = excluded.stop_loss,
                    take_profit = excluded.take_profit
                where positions.changed_at <= excluded.changed_at""")
                .params(change.botId().value(), change.userId().value(), change.symbol().value(), change.side().name(),
                        change.size().value(), change.entryPrice() == null ? null : change.entryPrice().value(),
                        change.leverage(), change.realizedPnl().value(), change.feesPaid().value(), Timestamp.from(at),
                        state.openedAt() == null ? null : Timestamp.from(state.openedAt()), state.startPnl().value(),
                        state.startFees().value(), value(change.stopLoss()), value(change.takeProfit()))
                .update();
        return step.closed();
    }

    /** The bot's open position, or empty when it is flat or has never traded. */
    public Optional<Held> openOf(BotId bot) {
        return jdbc.sql("select * from positions where bot_id = ? and side <> 'FLAT'").param(bot.value())
                .query(Positions::held).optional();
    }

    /** The open positions on a symbol of the bots that are RUNNING, by bot: one query for every bot the monitor watches. */
    public Map<BotId, Held> openOfRunningOn(Symbol symbol) {
        Map<BotId, Held> open = new LinkedHashMap<>();
        jdbc.sql("""
                select p.* from positions p join ai_bots b on b.bot_id = p.bot_id
                where p.symbol = ? and p.side <> 'FLAT' and b.status = 'RUNNING' order by p.bot_id""")
                .param(symbol.value())
                .query((rs, n) -> open.put(new BotId(rs.getObject("bot_id", UUID.class)), held(rs, n))).list();
        return open;
    }

    private static Held held(ResultSet rs, int row) throws SQLException {
        Side side = PositionSide.valueOf(rs.getString("side")) == PositionSide.LONG ? Side.BUY : Side.SELL;
        BigDecimal entry = rs.getBigDecimal("entry_price");
        Timestamp opened = rs.getTimestamp("trade_opened_at");
        return new Held(new OpenPosition(side, Quantity.of(rs.getBigDecimal("size")), Price.of(entry)),
                rs.getInt("leverage"), price(rs.getBigDecimal("stop_loss")), price(rs.getBigDecimal("take_profit")),
                (opened == null ? rs.getTimestamp("changed_at") : opened).toInstant());
    }

    private static BigDecimal value(Price price) {
        return price == null ? null : price.value();
    }

    private static Price price(BigDecimal value) {
        return value == null ? null : Price.of(value);
    }
}
