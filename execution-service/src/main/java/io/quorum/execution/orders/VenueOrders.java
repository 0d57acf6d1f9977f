package io.quorum.execution.orders;

import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.OrderType;
import io.quorum.contracts.orders.Side;
import io.quorum.contracts.orders.TwapSpec;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The venue orders table: one row per intent, ever (unique client order id and unique intent id). */
public class VenueOrders {

    private static final String COLUMNS = "client_order_id, intent_id, user_id, bot_id, symbol, side, order_type, "
            + "limit_price, quantity, leverage, reduce_only, status, fill_price, fee, liquidity, reason, placed_at, updated_at, stop_loss, take_profit, filled_qty, "
            + "twap_duration_seconds, twap_slices";

    private final JdbcClient jdbc;

    public VenueOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new order; false when this intent or client order id already has its venue order. */
    public boolean insertIfAbsent(VenueOrder order) {
        OrderSpec spec = order.spec();
        return jdbc.sql("insert into venue_orders (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict do nothing")
                .params(order.clientOrderId().value(), order.intentId().value(), order.userId().value(),
                        order.botId().value(), spec.symbol().value(), spec.side().name(), spec.type().name(),
                        spec.limitPrice() == null ? null : spec.limitPrice().value(), spec.quantity().value(),
                        spec.leverage(), spec.reduceOnly(), order.status().name(),
                        order.fillPrice() == null ? null : order.fillPrice().value(),
                        order.fee() == null ? null : order.fee().value(),
                        order.liquidity() == null ? null : order.liquidity().name(), order.reason(),
                        Timestamp.from(order.placedAt()), Timestamp.from(order.updatedAt()), value(spec.stopLoss()),
                        value(spec.takeProfit()), order.filled().value(),
                        spec.twap() == null ? null : spec.twap().durationSeconds(),
                        spec.twap() == null ? null : spec.twap().slices())
                .update() == 1;
    }

    /**
     * Records that an order left OPEN. Only one transition can win: a tick's fill and a halt's cancel
     * racing for the same order both update "where status = OPEN", and the loser changes nothing.
     */
    public boolean recordTransition(VenueOrder order) {
        return jdbc.sql("update venue_orders set status = ?, fill_price = ?, fee = ?, liquidity = ?, reason = ?, updated_at = ?, "
                        + "filled_qty = ? where client_order_id = ? and status = 'OPEN'")
                .params(order.status().name(), order.fillPrice() == null ? null : order.fillPrice().value(),
                        order.fee() == null ? null : order.fee().value(),
                        order.liquidity() == null ? null : order.liquidity().name(), order.reason(),
                        Timestamp.from(order.updatedAt()), order.filled().value(), order.clientOrderId().value())
                .update() == 1;
    }

    /**
     * Records the live venue's answer to a SUBMITTING order (OPEN with Bybit's order id, or REJECTED); false when
     * another delivery of the approval recorded it first.
     */
    public boolean recordVenueAnswer(VenueOrder order, String venueOrderId) {
        return jdbc.sql("update venue_orders set status = ?, reason = ?, updated_at = ?, venue_order_id = ? "
                        + "where client_order_id = ? and status = 'SUBMITTING'")
                .params(order.status().name(), order.reason(), Timestamp.from(order.updatedAt()), venueOrderId,
                        order.clientOrderId().value())
                .update() == 1;
    }

    public Optional<VenueOrder> find(ClientOrderId id) {
        return jdbc.sql("select " + COLUMNS + " from venue_orders where client_order_id = ?")
                .param(id.value()).query(VenueOrders::map).optional();
    }

    /** A user trading a symbol. */
    public record UserSymbol(UserId userId, Symbol symbol) {
    }

    /** Who has an order still open or awaiting the venue's answer, in which symbol: where fills may come from. */
    public List<UserSymbol> withLiveOrders() {
        return jdbc.sql("select distinct user_id, symbol from venue_orders where status in ('OPEN', 'SUBMITTING')")
                .query((rs, row) -> new UserSymbol(new UserId(rs.getObject(1, UUID.class)), Symbol.of(rs.getString(2)))).list();
    }

    /** Another bot's claim on a symbol's leverage. */
    public record BotLeverage(BotId botId, int leverage) {
    }

    /**
     * Another bot of the user holding the symbol at a leverage other than {@code leverage}: an order of it open or
     * awaiting the venue's answer that may open or grow a position, or its open position. Empty when there is none.
     */
    public Optional<BotLeverage> otherLeverage(UserId userId, BotId botId, Symbol symbol, int leverage) {
        return jdbc.sql("select bot_id, leverage from venue_orders where user_id = :user and symbol = :symbol "
                        + "and bot_id <> :bot and status in ('OPEN', 'SUBMITTING') and not reduce_only and leverage <> :leverage "
                        + "union all select bot_id, leverage from positions where user_id = :user and symbol = :symbol "
                        + "and bot_id <> :bot and side <> 'FLAT' and leverage <> :leverage limit 1")
                .param("user", userId.value()).param("symbol", symbol.value()).param("bot", botId.value())
                .param("leverage", leverage)
                .query((rs, row) -> new BotLeverage(new BotId(rs.getObject(1, UUID.class)), rs.getInt(2))).optional();
    }

    /** The symbols in which the bot has an order open or awaiting the venue's answer. */
    public List<Symbol> liveSymbolsOfBot(BotId botId) {
        return jdbc.sql("select distinct symbol from venue_orders where bot_id = ? and status in ('OPEN', 'SUBMITTING') order by symbol")
                .param(botId.value()).query((rs, row) -> Symbol.of(rs.getString(1))).list();
    }

    /**
     * The bot's open orders, locked until the transaction ends. Like {@link #lockOpen}, it locks in client
     * order id order: a halt and a tick that fills several of the bot's orders at once then queue one
     * behind the other instead of deadlocking.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<VenueOrder> lockOpenOfBot(BotId botId) {
        return jdbc.sql("select " + COLUMNS + " from venue_orders where bot_id = ? and status = 'OPEN' "
                        + "order by client_order_id for update")
                .param(botId.value()).query(VenueOrders::map).list();
    }

    /** The bot's orders still awaiting the live venue's answer, locked until the transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<VenueOrder> lockSubmittingOfBot(BotId botId) {
        return jdbc.sql("select " + COLUMNS + " from venue_orders where bot_id = ? and status = 'SUBMITTING' "
                        + "order by client_order_id for update")
                .param(botId.value()).query(VenueOrders::map).list();
    }

    /**
     * Those of {@code ids} that are still open, locked until the transaction ends, in client order id order
     * (see {@link #lockOpenOfBot}). An order another transaction ended meanwhile is left out.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<ClientOrderId, VenueOrder> lockOpen(Collection<ClientOrderId> ids) {
        Map<ClientOrderId, VenueOrder> open = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from venue_orders where client_order_id = any(?) and status = 'OPEN' "
                        + "order by client_order_id for update")
                .param(ids.stream().map(ClientOrderId::value).toArray(String[]::new))
                .query(VenueOrders::map).list()
                .forEach(order -> open.put(order.clientOrderId(), order));
        return open;
    }

    /**
     * The orders of these users in one status, oldest first: what reconciliation checks against the venue. A live TWAP's
     * parent order is left out: it is never sent to the venue (its slices are, each an order of its own).
     */
    public List<VenueOrder> ofUsersInStatus(Collection<UserId> users, OrderStatus status) {
        return jdbc.sql("select " + COLUMNS + " from venue_orders where user_id = any(?) and status = ? "
                        + "and not exists (select 1 from twap_runs where twap_runs.client_order_id = venue_orders.client_order_id) "
                        + "order by seq")
                .params(users.stream().map(UserId::value).toArray(UUID[]::new), status.name())
                .query(VenueOrders::map).list();
    }

    /** Every user with an order on the live venue or a position: the users whose accounts reconciliation visits. */
    public List<UserId> usersWithHistory() {
        return jdbc.sql("select user_id from venue_orders union select user_id from positions")
                .query((rs, row) -> new UserId(rs.getObject(1, UUID.class))).list();
    }

    /**
     * Every resting limit order: what the in-memory books are rebuilt from at start-up. A TWAP's parent order never
     * rests (its slices are sent on ticks), so it is left out.
     */
    public List<VenueOrder> openLimitOrders() {
        return jdbc.sql("select " + COLUMNS + " from venue_orders where status = 'OPEN' and order_type = 'LIMIT' "
                        + "and not exists (select 1 from twap_runs where twap_runs.client_order_id = venue_orders.client_order_id) "
                        + "order by seq")
                .query(VenueOrders::map).list();
    }

    /** An order with its place in the user's list. */
    public record Listed(long seq, VenueOrder order) {
    }

    /**
     * A user's orders, newest first (placed_at, then seq), optionally of one bot: up to {@code limit} of them
     * after the order numbered {@code afterSeq} (the user's own; another's marks nothing and gives nothing).
     */
    public List<Listed> ofUser(UserId userId, Optional<BotId> botId, Optional<Long> afterSeq, int limit) {
        UUID bot = botId.map(BotId::value).orElse(null);
        Long after = afterSeq.orElse(null);
        return jdbc.sql("select seq, " + COLUMNS + " from venue_orders where user_id = :user "
                        + "and (cast(:bot as uuid) is null or bot_id = :bot) "
                        + "and (cast(:after as bigint) is null or (placed_at, seq) < "
                        + "(select placed_at, seq from venue_orders where seq = :after and user_id = :user)) "
                        + "order by placed_at desc, seq desc limit :limit")
                .param("user", userId.value()).param("bot", bot).param("after", after).param("limit", limit)
                .query((rs, row) -> new Listed(rs.getLong("seq"), map(rs, row))).list();
    }

    private static VenueOrder map(ResultSet rs, int row) throws SQLException {
        BigDecimal limit = rs.getBigDecimal("limit_price");
        OrderSpec spec = new OrderSpec(Symbol.of(rs.getString("symbol")), Side.valueOf(rs.getString("side")),
                OrderType.valueOf(rs.getString("order_type")), limit == null ? null : Price.of(limit),
                Quantity.of(rs.getBigDecimal("quantity")), rs.getInt("leverage"), rs.getBoolean("reduce_only"),
                price(rs.getBigDecimal("stop_loss")), price(rs.getBigDecimal("take_profit")), twap(rs));
        BigDecimal fillPrice = rs.getBigDecimal("fill_price");
        BigDecimal fee = rs.getBigDecimal("fee");
        String liquidity = rs.getString("liquidity");
        return new VenueOrder(ClientOrderId.of(rs.getString("client_order_id")),
                new IntentId(rs.getObject("intent_id", UUID.class)), new UserId(rs.getObject("user_id", UUID.class)),
                new BotId(rs.getObject("bot_id", UUID.class)), spec, rs.getTimestamp("placed_at").toInstant(),
                OrderStatus.valueOf(rs.getString("status")), fillPrice == null ? null : Price.of(fillPrice),
                fee == null ? null : Money.of(fee), liquidity == null ? null : Liquidity.valueOf(liquidity),
                rs.getString("reason"), rs.getTimestamp("updated_at").toInstant(), Quantity.of(rs.getBigDecimal("filled_qty")));
    }

    private static TwapSpec twap(ResultSet rs) throws SQLException {
        long duration = rs.getLong("twap_duration_seconds");
        return rs.wasNull() ? null : new TwapSpec(duration, rs.getInt("twap_slices"));
    }

    private static BigDecimal value(Price price) {
        return price == null ? null : price.value();
    }

    private static Price price(BigDecimal value) {
        return value == null ? null : Price.of(value);
    }
}
