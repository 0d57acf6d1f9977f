package io.quorum.signal.bots;

import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.Side;
import io.quorum.signal.context.OpenPosition;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The latest position of each AI bot (table {@code positions}); a later event time replaces an earlier one only. */
public class Positions {

    /** A bot's position as the decision cycle needs it: what is open and the leverage it was opened at. */
    public record Held(OpenPosition position, int leverage) {
    }

    private final JdbcClient jdbc;

    public Positions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void changed(PositionChanged change, Instant at) {
        jdbc.sql("""
                insert into positions (bot_id, user_id, symbol, side, size, entry_price, leverage, realized_pnl, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (bot_id) do update set side = excluded.side, size = excluded.size,
                    entry_price = excluded.entry_price, leverage = excluded.leverage, realized_pnl = excluded.realized_pnl,
                    changed_at = excluded.changed_at
                where positions.changed_at <= excluded.changed_at""")
                .params(change.botId().value(), change.userId().value(), change.symbol().value(), change.side().name(),
                        change.size().value(), change.entryPrice() == null ? null : change.entryPrice().value(),
                        change.leverage(), change.realizedPnl().value(), Timestamp.from(at))
                .update();
    }

    /** The bot's open position, or empty when it is flat or has never traded. */
    public Optional<Held> openOf(BotId bot) {
        return jdbc.sql("select side, size, entry_price, leverage from positions where bot_id = ? and side <> 'FLAT'")
                .param(bot.value())
                .query((rs, n) -> {
                    Side side = PositionSide.valueOf(rs.getString("side")) == PositionSide.LONG ? Side.BUY : Side.SELL;
                    BigDecimal entry = rs.getBigDecimal("entry_price");
                    return new Held(new OpenPosition(side, Quantity.of(rs.getBigDecimal("size")), Price.of(entry)),
                            rs.getInt("leverage"));
                })
                .optional();
    }
}
