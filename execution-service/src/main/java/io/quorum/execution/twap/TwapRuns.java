package io.quorum.execution.twap;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Event;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.CorrelationId;
import io.quorum.contracts.ids.EventId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.Side;
import io.quorum.execution.orders.SliceParents;
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

/**
 * The twap_runs and twap_slices tables: every run's progress, and every slice it sent, once. On the live venue it also
 * tells the fill path which orders are slices of which parent ({@link SliceParents}).
 */
public class TwapRuns implements SliceParents {

    private static final String COLUMNS = "intent_id, client_order_id, user_id, bot_id, symbol, side, reduce_only, "
            + "total_qty, slice_qty, filled_qty, slices_planned, slices_sent, slice_interval_ms, started_at, next_due_at, "
            + "status, reason, updated_at";

    /**
     * One slice as sent: its own orderLinkId, number, quantity, price and fee (on the live venue null until its first
     * fill is applied; then its last fill's price and the sum of its fills' fees).
     */
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
                        slice.quantity().value(), slice.price() == null ? null : slice.price().value(),
                        slice.fee() == null ? null : slice.fee().value(), Timestamp.from(slice.sentAt()))
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
                        Quantity.of(rs.getBigDecimal("quantity")),
                        rs.getBigDecimal("price") == null ? null : Price.of(rs.getBigDecimal("price")),
                        rs.getBigDecimal("fee") == null ? null : Money.of(rs.getBigDecimal("fee")),
                        rs.getTimestamp("sent_at").toInstant()))
                .list();
    }

    // ---- the live venue ----

    /** Remembers the approval that started a live run: its slices' events are caused by it. */
    public void rememberCause(IntentId run, Envelope<?> approval) {
        jdbc.sql("update twap_runs set approval_event_id = ?, correlation_id = ? where intent_id = ?")
                .params(approval.eventId().value(), approval.correlationId().value(), run.value()).update();
    }

    /**
     * A stand-in for the approval that started the run, dated {@code at}: what the live path's transactions take as
     * the cause of the events they publish (caused by the approval, same correlation, at {@code at}). Never published.
     */
    public <E extends Event> Envelope<E> causeOf(IntentId run, E payload, Instant at) {
        return jdbc.sql("select approval_event_id, correlation_id from twap_runs where intent_id = ?").param(run.value())
                .query((rs, row) -> {
                    UUID event = rs.getObject(1, UUID.class);
                    UUID correlation = rs.getObject(2, UUID.class);
                    return event == null
                            ? Envelope.originating(payload, at)
                            : new Envelope<>(new EventId(event), at, null, new CorrelationId(correlation), payload);
                })
                .optional().orElseGet(() -> Envelope.originating(payload, at));
    }

    /** The running runs whose next slice is due at or before {@code now} (the live scheduler's clock), oldest due first. */
    public List<TwapRun> dueBy(Instant now) {
        return jdbc.sql("select " + COLUMNS + " from twap_runs where status = 'RUNNING' and next_due_at <= ? "
                        + "order by next_due_at, client_order_id")
                .param(Timestamp.from(now)).query(TwapRuns::map).list();
    }

    /** The runs that will send no more slices while their parent order is still open: to be finished. */
    public List<TwapRun> endedWithOpenParent() {
        return jdbc.sql("select " + COLUMNS + " from twap_runs where status <> 'RUNNING' and client_order_id in "
                        + "(select client_order_id from venue_orders where status = 'OPEN') order by client_order_id")
                .query(TwapRuns::map).list();
    }

    /** How many of the run's slices the venue has not ended yet (still SUBMITTING or OPEN). */
    public int unendedSlices(IntentId run) {
        return jdbc.sql("select count(*) from twap_slices s join venue_orders v on v.client_order_id = s.client_order_id "
                        + "where s.intent_id = ? and v.status in ('SUBMITTING', 'OPEN')")
                .param(run.value()).query(Integer.class).single();
    }

    /** The bot's slices still awaiting Bybit's answer. */
    public List<ClientOrderId> submittingSlicesOfBot(BotId bot) {
        return jdbc.sql("select s.client_order_id from twap_slices s join twap_runs r on r.intent_id = s.intent_id "
                        + "join venue_orders v on v.client_order_id = s.client_order_id "
                        + "where r.bot_id = ? and v.status = 'SUBMITTING' order by s.client_order_id")
                .param(bot.value()).query((rs, row) -> ClientOrderId.of(rs.getString(1))).list();
    }

    @Override
    public Optional<ClientOrderId> parentOf(ClientOrderId order) {
        return jdbc.sql("select r.client_order_id from twap_slices s join twap_runs r on r.intent_id = s.intent_id "
                        + "where s.client_order_id = ?")
                .param(order.value()).query((rs, row) -> ClientOrderId.of(rs.getString(1))).optional();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void sliceFilled(ClientOrderId slice, Price price, Quantity quantity, Money fee) {
        jdbc.sql("update twap_slices set price = ?, fee = coalesce(fee, 0) + ? where client_order_id = ?")
                .params(price.value(), fee.value(), slice.value()).update();
        jdbc.sql("update twap_runs set filled_qty = filled_qty + ? where intent_id = "
                        + "(select intent_id from twap_slices where client_order_id = ?)")
                .params(quantity.value(), slice.value()).update();
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
