package io.quorum.signal.bots;

import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.TrendSpec;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.serde.EventJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The AI trend bots this service decides for (table {@code ai_bots}); the trend settings kept as their published JSON. */
public class AiBots {

    private final JdbcClient jdbc;

    public AiBots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A restart of a stopped bot runs it again with the settings it was started with this time. */
    public void started(BotStarted started, Instant at) {
        jdbc.sql("""
                insert into ai_bots (bot_id, user_id, name, symbol, budget, leverage, trend, status, started_at)
                values (?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?)
                on conflict (bot_id) do update set name = excluded.name, symbol = excluded.symbol, budget = excluded.budget,
                    leverage = excluded.leverage, trend = excluded.trend, status = 'RUNNING',
                    started_at = excluded.started_at, stopped_at = null""")
                .params(started.botId().value(), started.userId().value(), started.name(), started.symbol().value(),
                        started.budget().value(), started.leverage(), EventJson.mapper().writeValueAsString(started.trend()),
                        Timestamp.from(at))
                .update();
    }

    public void stopped(BotId bot, Instant at) {
        jdbc.sql("update ai_bots set status = 'STOPPED', stopped_at = ? where bot_id = ?")
                .params(Timestamp.from(at), bot.value()).update();
    }

    public List<AiBot> runningOn(Symbol symbol) {
        return jdbc.sql("select * from ai_bots where symbol = ? and status = 'RUNNING' order by bot_id")
                .param(symbol.value()).query(AiBots::map).list();
    }

    public Optional<AiBot> find(BotId bot) {
        return jdbc.sql("select * from ai_bots where bot_id = ?").param(bot.value()).query(AiBots::map).optional();
    }

    private static AiBot map(ResultSet rs, int row) throws SQLException {
        return new AiBot(new BotId(rs.getObject("bot_id", UUID.class)), new UserId(rs.getObject("user_id", UUID.class)),
                rs.getString("name"), Symbol.of(rs.getString("symbol")), Money.of(rs.getBigDecimal("budget")),
                rs.getInt("leverage"), EventJson.mapper().readValue(rs.getString("trend"), TrendSpec.class),
                "RUNNING".equals(rs.getString("status")));
    }
}
