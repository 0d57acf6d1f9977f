package io.quorum.registry.bots;

import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.GridSpacing;
import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.bots.TrendSpec;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.serde.EventJson;
import io.quorum.registry.bots.domain.Bot;
import io.quorum.registry.bots.domain.BotSettings;
import io.quorum.registry.bots.domain.BotStatus;
import io.quorum.registry.platform.InvalidRequestException;
import io.quorum.registry.platform.Page;
import io.quorum.registry.platform.PageRequest;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The bots table. Reads by owner answer nothing for another user's bot, so callers cannot tell it exists. */
public class Bots {

    private static final String COLUMNS = "id, user_id, name, kind, symbol, budget, leverage, grid_lower, grid_upper,"
            + " grid_count, grid_spacing, grid_investment, grid_trigger_price, grid_stop_loss_price, grid_take_profit_price,"
            + " template_id, trend, status, status_reason, created_at, updated_at";
    // two-key advisory locks live apart from the outbox relay's single-key lock
    private static final int OWNER_LOCK_SPACE = 0x51B07;

    private final JdbcClient jdbc;

    public Bots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises bot creation per user until the transaction ends, so concurrent creations cannot pass the limit. */
    public void lockOwner(UserId owner) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(OWNER_LOCK_SPACE, owner.value().hashCode())
                .query((rs, n) -> 1).list();
    }

    /** The owner's bots that count against the limit: every one not deleted. */
    public long countOwnedBy(UserId owner) {
        return jdbc.sql("select count(*) from bots where user_id = ? and deleted_at is null").param(owner.value())
                .query(Long.class).single();
    }

    public void add(Bot bot) {
        BotSettings s = bot.settings();
        GridSpec grid = s.grid();
        jdbc.sql("insert into bots (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)")
                .params(bot.id().value(), bot.owner().value(), s.name(), s.kind().name(), s.symbol().value(),
                        s.budget().value(), s.leverage(),
                        grid == null ? null : grid.lower().value(), grid == null ? null : grid.upper().value(),
                        grid == null ? null : grid.gridCount(), grid == null ? null : grid.spacing().name(),
                        grid == null ? null : value(grid.investment()), grid == null ? null : value(grid.triggerPrice()),
                        grid == null ? null : value(grid.stopLossPrice()), grid == null ? null : value(grid.takeProfitPrice()),
                        s.trend() == null ? null : s.trend().templateId().value(), json(s.trend()),
                        bot.status().name(), bot.statusReason(),
                        Timestamp.from(bot.createdAt()), Timestamp.from(bot.updatedAt()))
                .update();
    }

    /** Writes a lifecycle change. */
    public void update(Bot bot) {
        jdbc.sql("update bots set status = ?, status_reason = ?, updated_at = ? where id = ?")
                .params(bot.status().name(), bot.statusReason(), Timestamp.from(bot.updatedAt()), bot.id().value())
                .update();
    }

    /** Writes changed settings of a grid bot: its leverage and its grid. */
    public void updateGrid(Bot bot) {
        GridSpec grid = bot.settings().grid();
        jdbc.sql("update bots set leverage = ?, grid_lower = ?, grid_upper = ?, grid_count = ?, grid_spacing = ?,"
                        + " grid_investment = ?, grid_trigger_price = ?, grid_stop_loss_price = ?, grid_take_profit_price = ?,"
                        + " updated_at = ? where id = ?")
                .params(bot.settings().leverage(), grid.lower().value(), grid.upper().value(), grid.gridCount(),
                        grid.spacing().name(), value(grid.investment()), value(grid.triggerPrice()),
                        value(grid.stopLossPrice()), value(grid.takeProfitPrice()), Timestamp.from(bot.updatedAt()),
                        bot.id().value())
                .update();
    }

    /** Writes a bot's name, budget and leverage (the fields a user may edit; its grid has its own endpoint). */
    public void updateSettings(Bot bot) {
        jdbc.sql("update bots set name = ?, budget = ?, leverage = ?, updated_at = ? where id = ?")
                .params(bot.settings().name(), bot.settings().budget().value(), bot.settings().leverage(),
                        Timestamp.from(bot.updatedAt()), bot.id().value())
                .update();
    }

    /** Takes the bot out of every read by its owner; the row and its history stay. */
    public void markDeleted(BotId id, Instant at) {
        jdbc.sql("update bots set deleted_at = ? where id = ?").params(Timestamp.from(at), id.value()).update();
    }

    /**
     * Notes that a start of the bot began at {@code since}, unless another start began after {@code staleBefore}
     * (one that began earlier was abandoned by a crash or lost its answer: it no longer holds the bot).
     * Call with the row locked. False: another start is under way.
     */
    public boolean beginStart(BotId id, Instant since, Instant staleBefore) {
        return jdbc.sql("update bots set start_pending_since = ? where id = ?"
                        + " and (start_pending_since is null or start_pending_since < ?)")
                .params(Timestamp.from(since), id.value(), Timestamp.from(staleBefore))
                .update() == 1;
    }

    /** Whether a start that began after {@code staleBefore} still holds the bot. */
    public boolean startUnderWay(BotId id, Instant staleBefore) {
        return jdbc.sql("select start_pending_since is not null and start_pending_since >= ? from bots where id = ?")
                .params(Timestamp.from(staleBefore), id.value()).query(Boolean.class).single();
    }

    /** Ends the start that began at {@code since}; false when it no longer holds the bot (a later start took over). */
    public boolean endStart(BotId id, Instant since) {
        return jdbc.sql("update bots set start_pending_since = null where id = ? and start_pending_since = ?")
                .params(id.value(), Timestamp.from(since)).update() == 1;
    }

    public Optional<Bot> findOwned(BotId id, UserId owner) {
        return jdbc.sql("select " + COLUMNS + " from bots where id = ? and user_id = ? and deleted_at is null")
                .params(id.value(), owner.value()).query(Bots::map).optional();
    }

    /** The bot, its row locked until the transaction ends: lifecycle changes of one bot happen one at a time. */
    public Optional<Bot> lockOwned(BotId id, UserId owner) {
        return jdbc.sql("select " + COLUMNS + " from bots where id = ? and user_id = ? and deleted_at is null for update")
                .params(id.value(), owner.value()).query(Bots::map).optional();
    }

    /** Every bot of the owner, oldest first (at most the bot limit). */
    public List<Bot> ownedBy(UserId owner) {
        return jdbc.sql("select " + COLUMNS + " from bots where user_id = ? and deleted_at is null order by created_at, id")
                .param(owner.value()).query(Bots::map).list();
    }

    /** A page of the owner's bots, oldest first; a cursor is the creation time and id of the last bot shown. */
    public Page<Bot> ownedBy(UserId owner, PageRequest page) {
        Instant afterCreated = Instant.EPOCH;
        UUID afterId = new UUID(0, 0);
        if (page.after() != null) {
            String[] position = page.after().split("\\|", 2);
            try {
                afterCreated = Instant.parse(position[0]);
                afterId = UUID.fromString(position[1]);
            } catch (RuntimeException e) {
                throw new InvalidRequestException("cursor", "is not a cursor this list gave out");
            }
        }
        List<Bot> rows = jdbc.sql("select " + COLUMNS + " from bots where user_id = ? and deleted_at is null"
                        + " and (created_at, id) > (?, ?) order by created_at, id limit ?")
                .params(owner.value(), Timestamp.from(afterCreated), afterId, page.limit() + 1)
                .query(Bots::map).list();
        return Page.of(rows, page.limit(), bot -> bot.createdAt() + "|" + bot.id());
    }

    private static Bot map(ResultSet rs, int row) throws SQLException {
        GridSpec grid = rs.getString("grid_spacing") == null ? null : new GridSpec(
                Price.of(rs.getBigDecimal("grid_lower")), Price.of(rs.getBigDecimal("grid_upper")),
                rs.getInt("grid_count"), GridSpacing.valueOf(rs.getString("grid_spacing")),
                money(rs.getBigDecimal("grid_investment")), price(rs.getBigDecimal("grid_trigger_price")),
                price(rs.getBigDecimal("grid_stop_loss_price")), price(rs.getBigDecimal("grid_take_profit_price")));
        var settings = new BotSettings(rs.getString("name"), BotKind.valueOf(rs.getString("kind")),
                Symbol.of(rs.getString("symbol")), Money.of(rs.getBigDecimal("budget")), rs.getInt("leverage"), grid,
                trend(rs.getString("trend")));
        return new Bot(new BotId(rs.getObject("id", UUID.class)), new UserId(rs.getObject("user_id", UUID.class)),
                settings, BotStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    /** An AI trend bot's settings as the contracts write them: exact decimal strings, read back equal. */
    private static String json(TrendSpec trend) {
        return trend == null ? null : EventJson.mapper().writeValueAsString(trend);
    }

    private static TrendSpec trend(String json) {
        return json == null ? null : EventJson.mapper().readValue(json, TrendSpec.class);
    }

    private static BigDecimal value(Price price) {
        return price == null ? null : price.value();
    }

    private static BigDecimal value(Money money) {
        return money == null ? null : money.value();
    }

    private static Price price(BigDecimal value) {
        return value == null ? null : Price.of(value);
    }

    private static Money money(BigDecimal value) {
        return value == null ? null : Money.of(value);
    }
}
