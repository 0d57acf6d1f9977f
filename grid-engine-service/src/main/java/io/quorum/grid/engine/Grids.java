package io.quorum.grid.engine;

import io.quorum.contracts.bots.GridSpacing;
import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.grid.slots.CycleBook;
import io.quorum.grid.slots.FillActivity;
import io.quorum.grid.slots.Grid;
import io.quorum.grid.slots.GridBot;
import io.quorum.grid.slots.GridRecord;
import io.quorum.grid.slots.GridStats;
import io.quorum.grid.slots.GridStatus;
import io.quorum.grid.slots.Slot;
import io.quorum.grid.slots.SlotRecord;
import io.quorum.grid.slots.SlotState;
import io.quorum.grid.slots.SlotTransition;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The grids, with their slots and slot history, in the grid schema. */
public class Grids {

    private static final String GRID_COLUMNS = """
            bot_id, user_id, symbol, leverage, lower_price, upper_price, grid_count, spacing, budget, status, reason,
            armed, realized_profit, buy_fills, sell_fills, completed_cycles, fees_paid, started_at, investment, trigger_price,
            stop_loss_price, take_profit_price, first_tick_at, ended_at""";

    private final JdbcClient jdbc;

    public Grids(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Loads a grid for a change, holding its row lock until the transaction ends (ticks and fills run on different threads). */
    public Optional<Grid> lock(BotId bot) {
        return load(bot, " for update");
    }

    public Optional<Grid> find(BotId bot) {
        return load(bot, "");
    }

    /** Fills and completed cycles of the bot in the 24 hours of event time up to {@code now}. */
    public Activity activity(BotId bot, Instant now) {
        return jdbc.sql("""
                        select count(*), count(*) filter (where completed_cycle) from grid_fills
                        where bot_id = ? and occurred_at > ? and occurred_at <= ?""")
                .params(bot.value(), utc(now.minus(Duration.ofHours(24))), utc(now))
                .query((rs, n) -> new Activity(rs.getInt(1), rs.getInt(2)))
                .single();
    }

    public record Activity(int fillsLast24h, int cyclesLast24h) {
        public static final Activity NONE = new Activity(0, 0);
    }

    /** The first round for a restarted bot's slots, above every round it has used, so intent ids never repeat. */
    public int nextRound(BotId bot) {
        return jdbc.sql("select coalesce(max(round) + 1, 0) from slot_transitions where bot_id = ?")
                .param(bot.value()).query(Integer.class).single();
    }

    /** Stores a newly started grid, replacing the slots of an earlier run of the same bot. */
    public void replace(Grid grid) {
        jdbc.sql("delete from grid_slots where bot_id = ?").param(grid.bot().botId().value()).update();
        save(grid);
    }

    public void save(Grid grid) {
        GridRecord g = grid.snapshot();
        GridSpec spec = g.spec();
        jdbc.sql("insert into grids (" + GRID_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (bot_id) do update set user_id = excluded.user_id, symbol = excluded.symbol,"
                        + " leverage = excluded.leverage, lower_price = excluded.lower_price, upper_price = excluded.upper_price,"
                        + " grid_count = excluded.grid_count, spacing = excluded.spacing, budget = excluded.budget,"
                        + " status = excluded.status, reason = excluded.reason, armed = excluded.armed,"
                        + " realized_profit = excluded.realized_profit, buy_fills = excluded.buy_fills,"
                        + " sell_fills = excluded.sell_fills, completed_cycles = excluded.completed_cycles,"
                        + " fees_paid = excluded.fees_paid, started_at = excluded.started_at, investment = excluded.investment,"
                        + " trigger_price = excluded.trigger_price, stop_loss_price = excluded.stop_loss_price,"
                        + " take_profit_price = excluded.take_profit_price, first_tick_at = excluded.first_tick_at,"
                        + " ended_at = excluded.ended_at")
                .params(g.bot().botId().value(), g.bot().userId().value(), g.bot().symbol().value(), g.bot().leverage(),
                        g.spec().lower().value(), g.spec().upper().value(), g.spec().gridCount(), g.spec().spacing().name(),
                        g.budget().value(), g.status().name(), g.reason(), g.armed(), g.stats().realizedProfit().value(),
                        g.stats().buyFills(), g.stats().sellFills(), g.stats().completedCycles(),
                        g.stats().feesPaid().value(), utc(g.startedAt()),
                        spec.investment() == null ? null : spec.investment().value(), value(spec.triggerPrice()),
                        value(spec.stopLossPrice()), value(spec.takeProfitPrice()), utc(g.firstTickAt()), utc(g.endedAt()))
                .update();
        for (FillActivity fill : grid.drainFills()) {
            jdbc.sql("insert into grid_fills (bot_id, slot, side, occurred_at, completed_cycle) values (?, ?, ?, ?, ?)")
                    .params(grid.bot().botId().value(), fill.slot(), fill.side().name(), utc(fill.at()), fill.completedCycle())
                    .update();
        }
        for (Slot slot : grid.slots()) {
            if (slot.changed()) {
                saveSlot(grid.bot().botId(), slot.snapshot());
            }
            for (SlotTransition t : slot.drainTransitions()) {
                jdbc.sql("insert into slot_transitions (bot_id, slot, from_state, to_state, occurred_at, intent_id, round)"
                                + " values (?, ?, ?, ?, ?, ?, ?)")
                        .params(grid.bot().botId().value(), t.slot(), t.from() == null ? null : t.from().name(), t.to().name(),
                                utc(t.at()), t.intentId() == null ? null : t.intentId().value(), t.round())
                        .update();
            }
        }
    }

    /** One of a bot's slot transitions with its sequence number, the position a history page is cut at. */
    public record Listed(long seq, SlotTransition transition) {
    }

    /** Up to {@code limit} of the bot's slot transitions, newest first, older than {@code before} when given. */
    public List<Listed> history(BotId bot, Optional<Long> before, int limit) {
        return jdbc.sql("select id, slot, from_state, to_state, occurred_at, intent_id, round from slot_transitions"
                        + " where bot_id = ? and id < ? order by id desc limit ?")
                .params(bot.value(), before.orElse(Long.MAX_VALUE), limit)
                .query((rs, n) -> new Listed(rs.getLong(1), new SlotTransition(rs.getInt(2),
                        rs.getString(3) == null ? null : SlotState.valueOf(rs.getString(3)), SlotState.valueOf(rs.getString(4)),
                        instant(rs, 5), intent(rs, 6), rs.getInt(7))))
                .list();
    }

    private void saveSlot(BotId bot, SlotRecord s) {
        CycleBook b = s.book();
        jdbc.sql("""
                        insert into grid_slots (bot_id, slot, buy_price, sell_price, quantity, state, round, intent_id,
                          book_bought, book_buy_cost, book_buy_fees, book_sold, book_sell_proceeds, book_sell_fees)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (bot_id, slot) do update set state = excluded.state, round = excluded.round,
                          intent_id = excluded.intent_id, book_bought = excluded.book_bought,
                          book_buy_cost = excluded.book_buy_cost, book_buy_fees = excluded.book_buy_fees,
                          book_sold = excluded.book_sold, book_sell_proceeds = excluded.book_sell_proceeds,
                          book_sell_fees = excluded.book_sell_fees""")
                .params(bot.value(), s.index(), s.buyPrice().value(), s.sellPrice().value(), s.quantity().value(),
                        s.state().name(), s.round(), s.intentId() == null ? null : s.intentId().value(),
                        b.bought().value(), b.buyCost().value(), b.buyFees().value(), b.sold().value(),
                        b.sellProceeds().value(), b.sellFees().value())
                .update();
    }

    private Optional<Grid> load(BotId bot, String lock) {
        return jdbc.sql("select " + GRID_COLUMNS + " from grids where bot_id = ?" + lock)
                .param(bot.value())
                .query((rs, n) -> gridRecord(rs))
                .optional()
                .map(record -> Grid.restore(record, slots(bot)));
    }

    private static final String SLOT_COLUMNS = """
            s.slot, s.buy_price, s.sell_price, s.quantity, s.state, s.round, s.intent_id, s.book_bought, s.book_buy_cost,
              s.book_buy_fees, s.book_sold, s.book_sell_proceeds, s.book_sell_fees""";

    private List<SlotRecord> slots(BotId bot) {
        return jdbc.sql("select " + SLOT_COLUMNS + " from grid_slots s where s.bot_id = ? order by s.slot")
                .param(bot.value())
                .query((rs, n) -> slotRecord(rs))
                .list();
    }

    /** Every grid still following the market, with its slots: what the tick index is rebuilt from at start-up. */
    public List<Grid> live() {
        Map<BotId, List<SlotRecord>> slots = new HashMap<>();
        jdbc.sql("select s.bot_id, " + SLOT_COLUMNS + " from grid_slots s join grids g on g.bot_id = s.bot_id"
                        + " where g.status in ('ACTIVE', 'WAITING') order by s.bot_id, s.slot")
                .query(rs -> {
                    slots.computeIfAbsent(new BotId(rs.getObject(1, UUID.class)), b -> new ArrayList<>()).add(slotRecord(rs));
                });
        return jdbc.sql("select " + GRID_COLUMNS + " from grids where status in ('ACTIVE', 'WAITING')")
                .query((rs, n) -> gridRecord(rs))
                .list().stream()
                .map(record -> Grid.restore(record, slots.getOrDefault(record.bot().botId(), List.of())))
                .toList();
    }

    /** Reads the slot columns by name, so the same mapper serves queries that select more than the slot. */
    private static SlotRecord slotRecord(ResultSet rs) throws SQLException {
        return new SlotRecord(rs.getInt("slot"), Price.of(rs.getBigDecimal("buy_price")), Price.of(rs.getBigDecimal("sell_price")),
                Quantity.of(rs.getBigDecimal("quantity")), SlotState.valueOf(rs.getString("state")), rs.getInt("round"),
                intent(rs, rs.findColumn("intent_id")),
                new CycleBook(Quantity.of(rs.getBigDecimal("book_bought")), Money.of(rs.getBigDecimal("book_buy_cost")),
                        Money.of(rs.getBigDecimal("book_buy_fees")), Quantity.of(rs.getBigDecimal("book_sold")),
                        Money.of(rs.getBigDecimal("book_sell_proceeds")), Money.of(rs.getBigDecimal("book_sell_fees"))));
    }

    private static GridRecord gridRecord(ResultSet rs) throws SQLException {
        GridBot bot = new GridBot(new BotId(rs.getObject("bot_id", UUID.class)), new UserId(rs.getObject("user_id", UUID.class)),
                Symbol.of(rs.getString("symbol")), rs.getInt("leverage"));
        BigDecimal investment = rs.getBigDecimal("investment");
        GridSpec spec = new GridSpec(Price.of(rs.getBigDecimal("lower_price")), Price.of(rs.getBigDecimal("upper_price")),
                rs.getInt("grid_count"), GridSpacing.valueOf(rs.getString("spacing")),
                investment == null ? null : Money.of(investment), price(rs, "trigger_price"), price(rs, "stop_loss_price"),
                price(rs, "take_profit_price"));
        GridStats stats = new GridStats(Money.of(rs.getBigDecimal("realized_profit")), rs.getInt("buy_fills"),
                rs.getInt("sell_fills"), rs.getInt("completed_cycles"), Money.of(rs.getBigDecimal("fees_paid")));
        return new GridRecord(bot, spec, Money.of(rs.getBigDecimal("budget")), GridStatus.valueOf(rs.getString("status")),
                rs.getString("reason"), rs.getBoolean("armed"), stats, instant(rs, "started_at"), instant(rs, "first_tick_at"),
                instant(rs, "ended_at"));
    }

    private static IntentId intent(ResultSet rs, int column) throws SQLException {
        UUID value = rs.getObject(column, UUID.class);
        return value == null ? null : new IntentId(value);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static Price price(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : Price.of(value);
    }

    private static BigDecimal value(Price price) {
        return price == null ? null : price.value();
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
