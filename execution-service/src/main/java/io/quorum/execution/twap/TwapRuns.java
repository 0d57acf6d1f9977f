package io.quorum.execution.twap;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.Side;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The twap_runs and twap_slices tables: every run's progress, and every slice it sent, once. */
public class TwapRuns {

    private static final String COLUMNS = "intent_id, client_order_id, user_id, bot_id, symbol, side, reduce_only, "
            + "total_qty, slice_qty, filled_qty, slices_planned, slices_sent, slice_interval_ms, started_at, next_due_at, "
            + "status, reason, updated_at";

    /** One slice as sent: its own orderLinkId, number, quantity, price and fee. */
    public record Slice(ClientOrderId clientOrderId, IntentId parentIntent, int number, Quantity quantity, Price price,
                        Money fee, Instant sentAt) {
    }

    private final JdbcClient jdbc;

    public TwapRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a new run; false when its parent order already has one. */
    public boolean insertIfAbsent(TwapRun run) {
        return jdbc.sql("insert into twap_runs (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict do nothing")
                .params(run.intentId().value(), run.clientOrderId().value(), run.userId().value(), run.botId().value(),
                        run.symbol().value(), run.side().name(), run.reduceOnly(), run.plan().total().value(),
                        run.plan().sliceQty().value(), run.filled().value(), run.plan().slices(), run.slicesSent(),
                        run.plan().interval().toMillis(), Timestamp.from(run.startedAt()), timestamp(run.nextDueAt()),
                        run.status().name(), run.reason(), Timestamp.from(run.updatedAt()))
                .update() == 1;
    }

    /** Stores a running run's progress or end. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void save(TwapRun run) {
        int updated = jdbc.sql("update twap_runs set filled_qty = ?, slices_sent = ?, next_due_at = ?, status = ?, reason = ?, "
                        + "updated_at = ? where intent_id = ? and status = 'RUNNING'")
                .params(run.filled().value(), run.slicesSent(), timestamp(run.nextDueAt()), run.status().name(),
                        run.reason(), Timestamp.from(run.updatedAt()), run.intentId().value())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("TWAP " + run.intentId() + " was not running");
        }
    }

    /** The parent orders of the running runs of {@code symbol} whose next slice is due at or before {@code at}. */
    public List<ClientOrderId> dueAt(Symbol symbol, Instant at) {
        return jdbc.sql("select client_order_id from twap_runs where status = 'RUNNING' and symbol = ? and next_due_at <= ? "
                        + "order by client_order_id")
                .params(symbol.value(), Timestamp.from(at))
                .query((rs, row) -> ClientOrderId.of(rs.getString(1))).list();
    }

    /** The run of a parent order if it is still running, locked until the transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<TwapRun> lockRunning(ClientOrderId parent) {
        return jdbc.sql("select " + COLUMNS + " from twap_runs where client_order_id = ? and status = 'RUNNING' for update")
                .param(parent.value()).query(TwapRuns::map).optional();
    }

    /** Ends every running run of the bot; how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int cancelRunningOfBot(BotId botId, String reason, Instant at) {
        return jdbc.sql("update twap_runs set status = 'CANCELLED', next_due_at = null, reason = ?, updated_at = ? "
                        + "where bot_id = ? and status = 'RUNNING'")
                .params(reason, Timestamp.from(at), botId.value()).update();
    }

    /** Records a slice sent; false when this slice of the run (or its id) was sent before. */
    public boolean recordSlice(Slice slice) {
        return jdbc.sql("insert into twap_slices (client_order_id, intent_id, slice_no, quantity, price, fee, sent_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(slice.clientOrderId().value(), slice.parentIntent().value(), slice.number(),
                        slice.quantity().value(), slice.price().value(), slice.fee().value(), Timestamp.from(slice.sentAt()))
                .update() == 1;
    }

    public Optional<TwapRun> find(IntentId parent) {
        return jdbc.sql("select " + COLUMNS + " from twap_runs where intent_id = ?")
                .param(parent.value()).query(TwapRuns::map).optional();
    }

    /** The slices a run sent, in order. */
    public List<Slice> slicesOf(IntentId parent) {
        return jdbc.sql("select * from twap_slices where intent_id = ? order by slice_no")
                .param(parent.value())
                .query((rs, row) -> new Slice(ClientOrderId.of(rs.getString("client_order_id")),
                        new IntentId(rs.getObject("intent_id", UUID.class)), rs.getInt("slice_no"),
                        Quantity.of(rs.getBigDecimal("quantity")), Price.of(rs.getBigDecimal("price")),
                        Money.of(rs.getBigDecimal("fee")), rs.getTimestamp("sent_at").toInstant()))
                .list();
    }

    private static TwapRun map(ResultSet rs, int row) throws SQLException {
        Timestamp due = rs.getTimestamp("next_due_at");
        TwapPlan plan = new TwapPlan(Quantity.of(rs.getBigDecimal("total_qty")), rs.getInt("slices_planned"),
                Quantity.of(rs.getBigDecimal("slice_qty")), Duration.ofMillis(rs.getLong("slice_interval_ms")));
        return new TwapRun(new IntentId(rs.getObject("intent_id", UUID.class)), ClientOrderId.of(rs.getString("client_order_id")),
                new UserId(rs.getObject("user_id", UUID.class)), new BotId(rs.getObject("bot_id", UUID.class)),
                Symbol.of(rs.getString("symbol")), Side.valueOf(rs.getString("side")), rs.getBoolean("reduce_only"), plan,
                Quantity.of(rs.getBigDecimal("filled_qty")), rs.getInt("slices_sent"), rs.getTimestamp("started_at").toInstant(),
                due == null ? null : due.toInstant(), TwapRun.Status.valueOf(rs.getString("status")), rs.getString("reason"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
