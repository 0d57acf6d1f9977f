package io.quorum.execution.positions;

import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Positions per bot and symbol. */
public class Positions {

    /** A position as stored, with the event time of its last change and its protection. */
    public record Stored(Position position, Instant updatedAt, Protection protection) {
    }

    /** A position with its protection, locked. */
    public record Protected(Position position, Protection protection) {
    }

    private final JdbcClient jdbc;
    private final BigDecimal maintenanceRate;

    public Positions(JdbcClient jdbc, BigDecimal maintenanceRate) {
        this.jdbc = jdbc;
        this.maintenanceRate = maintenanceRate;
    }

    /**
     * The open positions of a symbol that a trade at {@code price} liquidates — longs whose
     * liquidation price is at or above it, shorts at or below — locked, in bot order. An index on
     * (symbol, side, liquidation price) keeps this to the positions concerned.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Position> lockLiquidatedBy(Symbol symbol, Price price) {
        return jdbc.sql("select * from positions where symbol = ? and ((side = 'LONG' and liquidation_price >= ?) "
                        + "or (side = 'SHORT' and liquidation_price <= ?)) order by bot_id for update")
                .params(symbol.value(), price.value(), price.value()).query(Positions::map).list();
    }

    /**
     * The protected positions of a symbol whose stop-loss or take-profit a trade at {@code price} reached, locked,
     * in bot order (the same order as every other lock on positions). A partial index holds only protected positions,
     * and the query repeats its predicate so the planner always uses it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Protected> lockProtectionReachedBy(Symbol symbol, Price price) {
        return jdbc.sql("select * from positions where symbol = ? and (stop_loss is not null or take_profit is not null) and ("
                        + "(side = 'LONG' and stop_loss >= ?) or (side = 'SHORT' and stop_loss <= ?) "
                        + "or (side = 'LONG' and take_profit <= ?) or (side = 'SHORT' and take_profit >= ?)) "
                        + "order by bot_id for update")
                .params(symbol.value(), price.value(), price.value(), price.value(), price.value())
                .query((rs, row) -> new Protected(map(rs, row), protection(rs))).list();
    }

    public BigDecimal maintenanceRate() {
        return maintenanceRate;
    }

    public Optional<Position> find(BotId botId, Symbol symbol) {
        return jdbc.sql("select * from positions where bot_id = ? and symbol = ?")
                .params(botId.value(), symbol.value()).query(Positions::map).optional();
    }

    /** The position, locked until the transaction ends so that two fills of one bot apply one after the other. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Position lock(UserId userId, BotId botId, Symbol symbol) {
        return lockProtected(userId, botId, symbol).position();
    }

    /** As {@link #lock}, with the position's protection read in the same statement. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Protected lockProtected(UserId userId, BotId botId, Symbol symbol) {
        jdbc.sql("insert into positions (bot_id, symbol, user_id, side, size, entry_price, leverage, realized_pnl, fees_paid, updated_at) "
                        + "values (?, ?, ?, 'FLAT', 0, null, 1, 0, 0, ?) on conflict do nothing")
                .params(botId.value(), symbol.value(), userId.value(), Timestamp.from(Instant.EPOCH)).update();
        return jdbc.sql("select * from positions where bot_id = ? and symbol = ? for update")
                .params(botId.value(), symbol.value()).query((rs, row) -> new Protected(map(rs, row), protection(rs)))
                .optional().orElse(new Protected(Position.flat(userId, botId, symbol), Protection.NONE));
    }

    /** The other bots of the user holding an open position in the symbol. */
    public List<BotId> othersOpen(UserId userId, BotId botId, Symbol symbol) {
        return jdbc.sql("select bot_id from positions where user_id = ? and symbol = ? and bot_id <> ? and side <> 'FLAT' order by bot_id")
                .params(userId.value(), symbol.value(), botId.value())
                .query((rs, row) -> new BotId(rs.getObject(1, UUID.class))).list();
    }

    /**
     * The non-flat positions in the symbol of any bot of the users, with the event time of their last change, locked
     * until the transaction ends, in bot order.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Stored> lockOpenOf(Collection<UserId> users, Symbol symbol) {
        return jdbc.sql("select * from positions where user_id = any(?) and symbol = ? and side <> 'FLAT' order by bot_id for update")
                .params(users.stream().map(UserId::value).toArray(UUID[]::new), symbol.value())
                .query((rs, row) -> new Stored(map(rs, row), rs.getTimestamp("updated_at").toInstant(), protection(rs))).list();
    }

    /** The bot's non-flat positions, locked until the transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Position> lockOpenOfBot(BotId botId) {
        return jdbc.sql("select * from positions where bot_id = ? and side <> 'FLAT' order by symbol for update")
                .param(botId.value()).query(Positions::map).list();
    }

    /** Saves a locked position with its protection; a flat one keeps none, whatever is passed. */
    public void save(Position position, Protection protection, Instant at) {
        Protection kept = position.isFlat() ? Protection.NONE : protection;
        jdbc.sql("update positions set side = ?, size = ?, entry_price = ?, leverage = ?, realized_pnl = ?, fees_paid = ?, "
                        + "liquidation_price = ?, stop_loss = ?, take_profit = ?, updated_at = ? where bot_id = ? and symbol = ?")
                .params(position.side().name(), position.size().value(),
                        position.entryPrice() == null ? null : position.entryPrice().value(), position.leverage(),
                        position.realizedPnl().value(), position.feesPaid().value(),
                        position.liquidationPrice(maintenanceRate).orElse(null), value(kept.stopLoss()),
                        value(kept.takeProfit()), Timestamp.from(at), position.botId().value(), position.symbol().value())
                .update();
    }

    /**
     * A user's positions by bot and symbol, optionally of one bot: up to {@code limit} of them after the position of
     * {@code after} (bot and symbol). Ordered by what never changes, so paging is stable while positions move.
     */
    public List<Stored> ofUser(UserId userId, Optional<BotId> botId, Optional<Key> after, int limit) {
        UUID bot = botId.map(BotId::value).orElse(null);
        return jdbc.sql("select * from positions where user_id = :user and (cast(:bot as uuid) is null or bot_id = :bot) "
                        + "and (cast(:afterBot as uuid) is null or (bot_id, symbol) > (cast(:afterBot as uuid), :afterSymbol)) "
                        + "order by bot_id, symbol limit :limit")
                .param("user", userId.value()).param("bot", bot)
                .param("afterBot", after.map(key -> key.botId().value()).orElse(null))
                .param("afterSymbol", after.map(key -> key.symbol().value()).orElse(null))
                .param("limit", limit)
                .query((rs, row) -> new Stored(map(rs, row), rs.getTimestamp("updated_at").toInstant(), protection(rs)))
                .list();
    }

    /** Where a position stands in a user's list. */
    public record Key(BotId botId, Symbol symbol) {
    }

    private static Position map(ResultSet rs, int row) throws SQLException {
        BigDecimal entry = rs.getBigDecimal("entry_price");
        return new Position(new UserId(rs.getObject("user_id", UUID.class)), new BotId(rs.getObject("bot_id", UUID.class)),
                Symbol.of(rs.getString("symbol")), PositionSide.valueOf(rs.getString("side")),
                Quantity.of(rs.getBigDecimal("size")), entry == null ? null : Price.of(entry), rs.getInt("leverage"),
                Money.of(rs.getBigDecimal("realized_pnl")), Money.of(rs.getBigDecimal("fees_paid")));
    }

    private static Protection protection(ResultSet rs) throws SQLException {
        BigDecimal stop = rs.getBigDecimal("stop_loss");
        BigDecimal target = rs.getBigDecimal("take_profit");
        return stop == null && target == null ? Protection.NONE
                : new Protection(stop == null ? null : Price.of(stop), target == null ? null : Price.of(target));
    }

    private static BigDecimal value(Price price) {
        return price == null ? null : price.value();
    }
}
