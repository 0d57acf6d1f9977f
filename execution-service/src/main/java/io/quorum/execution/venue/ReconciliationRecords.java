package io.quorum.execution.venue;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.ForeignOrderDetected;
import io.quorum.contracts.executions.OrderCancelled;
import io.quorum.contracts.executions.OrderPlaced;
import io.quorum.contracts.executions.OrderRejectedByVenue;
import io.quorum.contracts.executions.PositionMismatchDetected;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.Side;
import io.quorum.execution.orders.VenueOrder;
import io.quorum.execution.orders.VenueOrders;
import io.quorum.execution.platform.Outbox;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactions of a reconciliation ({@link Reconciliation} makes the calls to Bybit, never inside one): orders left
 * SUBMITTING resolved, open orders Bybit ended recorded, orders Quorum did not place flagged once, and each account's
 * last run, foreign orders and position mismatches (each told to the account's users once per pair of sizes), as {@code GET /api/reconciliation} shows them.
 */
public class ReconciliationRecords {

    /** An order seen on the account that Quorum did not place. {@code price} null for a market order. */
    public record Sighting(String venueOrderId, String orderLinkId, Symbol symbol, Side side, BigDecimal quantity,
                           BigDecimal price, String seenIn, Instant at) {
    }

    /** Bybit's position on a symbol against the sum of Quorum's bots' positions there; signed, long positive. */
    public record Mismatch(Symbol symbol, BigDecimal venueSize, BigDecimal quorumSize, Instant detectedAt) {
    }

    /** An account's last reconciliation. */
    public record Run(Instant startedAt, Instant finishedAt, Instant succeededAt, String result, String detail, long runs) {
    }

    private final VenueOrders orders;
    private final Outbox outbox;
    private final JdbcClient jdbc;

    public ReconciliationRecords(VenueOrders orders, Outbox outbox, JdbcClient jdbc) {
        this.orders = orders;
        this.outbox = outbox;
        this.jdbc = jdbc;
    }

    /** A SUBMITTING order Bybit holds: OPEN with Bybit's id, OrderPlaced at the order's own (approval's) event time. */
    @Transactional
    public boolean foundPlaced(VenueOrder order, String venueOrderId) {
        OrderPlaced placed = order.acceptedByVenue(order.placedAt());
        if (!orders.recordVenueAnswer(order, venueOrderId)) {
            return false;
        }
        outbox.add(Envelope.originating(placed, order.placedAt()));
        return true;
    }

    /** A SUBMITTING order Bybit says it does not hold, its request long past the recv window: it ends REJECTED. */
    @Transactional
    public boolean neverPlaced(VenueOrder order, String reason) {
        OrderRejectedByVenue rejection = order.refusedByVenue(reason, order.placedAt());
        if (!orders.recordVenueAnswer(order, null)) {
            return false;
        }
        outbox.add(Envelope.originating(rejection, order.placedAt()));
        return true;
    }

    /** An order open here that Bybit ended without filling all of it (its fills already applied): CANCELLED. */
    @Transactional
    public boolean endedOnVenue(ClientOrderId id, String reason, Instant at) {
        VenueOrder open = orders.lockOpen(List.of(id)).get(id);
        if (open == null) {
            return false;
        }
        OrderCancelled cancelled = open.cancel(reason, at.isBefore(open.updatedAt()) ? open.updatedAt() : at);
        if (!orders.recordTransition(open)) {
            return false;
        }
        outbox.add(Envelope.originating(cancelled, open.updatedAt()));
        return true;
    }

    /**
     * Records an order Quorum did not place, once per account and venue order; the first time, each of the account's
     * users is told (ForeignOrderDetected). Answers whether it was new.
     */
    @Transactional
    public boolean flagForeign(String account, Collection<UserId> users, Sighting seen) {
        boolean first = jdbc.sql("insert into foreign_orders (account, venue_order_id, order_link_id, symbol, side, quantity, price, "
                        + "seen_in, detected_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(account, seen.venueOrderId(), seen.orderLinkId(), seen.symbol().value(), seen.side().name(),
                        seen.quantity(), seen.price(), seen.seenIn(), Timestamp.from(seen.at()))
                .update() == 1;
        if (first) {
            for (UserId user : users) {
                outbox.add(Envelope.originating(new ForeignOrderDetected(user, VenueOrder.LIVE_VENUE, seen.symbol(), seen.side(),
                        Quantity.of(seen.quantity()), seen.price() == null ? null : Price.of(seen.price()), seen.venueOrderId(),
                        seen.orderLinkId(), seen.seenIn()), seen.at()));
            }
        }
        return first;
    }

    /** Whether the Bybit order is already flagged on the account as one Quorum did not place. */
    public boolean isFlagged(String account, String venueOrderId) {
        return jdbc.sql("select count(*) from foreign_orders where account = ? and venue_order_id = ?")
                .params(account, venueOrderId).query(Long.class).single() > 0;
    }

    /** The sum of the users' bots' positions per symbol, signed (long positive), flat ones left out. */
    public Map<Symbol, BigDecimal> quorumPositions(Collection<UserId> users) {
        Map<Symbol, BigDecimal> sums = new LinkedHashMap<>();
        jdbc.sql("select symbol, sum(case side when 'LONG' then size when 'SHORT' then -size else 0 end) as net from positions "
                        + "where user_id = any(?) group by symbol order by symbol")
                .param(users.stream().map(UserId::value).toArray(UUID[]::new))
                .query((rs, row) -> Map.entry(Symbol.of(rs.getString("symbol")), rs.getBigDecimal("net")))
                .list().forEach(entry -> sums.put(entry.getKey(), entry.getValue()));
        return sums;
    }

    @Transactional
    public void started(String account, Instant at) {
        jdbc.sql("insert into reconciliations (account, started_at, result, detail, runs) values (?, ?, 'RUNNING', '', 0) "
                        + "on conflict (account) do update set started_at = excluded.started_at")
                .params(account, Timestamp.from(at)).update();
    }

    /**
     * Ends a run that read everything: OK, or MISMATCH with the positions that differ (replacing the last run's). Each
     * mismatch whose pair of sizes the account's {@code users} were not told yet is told to each of them
     * (PositionMismatchDetected, at the time the positions were read) and remembered; a symbol that agrees again is
     * forgotten, so a new difference there is told again. Answers how many mismatches were told.
     */
    @Transactional
    public int finished(String account, Collection<UserId> users, List<Mismatch> mismatches, String detail, Instant at) {
        Map<String, BigDecimal[]> told = new LinkedHashMap<>();
        jdbc.sql("select symbol, venue_size, quorum_size from position_mismatches_told where account = ? for update").param(account)
                .query((rs, row) -> Map.entry(rs.getString("symbol"),
                        new BigDecimal[] {rs.getBigDecimal("venue_size"), rs.getBigDecimal("quorum_size")}))
                .list().forEach(entry -> told.put(entry.getKey(), entry.getValue()));
        int newlyTold = 0;
        for (Mismatch mismatch : mismatches) {
            BigDecimal[] before = told.remove(mismatch.symbol().value());
            if (before != null && before[0].compareTo(mismatch.venueSize()) == 0 && before[1].compareTo(mismatch.quorumSize()) == 0) {
                continue; // told already
            }
            jdbc.sql("insert into position_mismatches_told (account, symbol, venue_size, quorum_size, told_at) values (?, ?, ?, ?, ?) "
                            + "on conflict (account, symbol) do update set venue_size = excluded.venue_size, "
                            + "quorum_size = excluded.quorum_size, told_at = excluded.told_at")
                    .params(account, mismatch.symbol().value(), mismatch.venueSize(), mismatch.quorumSize(),
                            Timestamp.from(mismatch.detectedAt())).update();
            for (UserId user : users) {
                outbox.add(Envelope.originating(new PositionMismatchDetected(user, VenueOrder.LIVE_VENUE, mismatch.symbol(),
                        mismatch.venueSize(), mismatch.quorumSize()), mismatch.detectedAt()));
            }
            newlyTold++;
        }
        for (String agreeing : told.keySet()) { // told before, no difference now
            jdbc.sql("delete from position_mismatches_told where account = ? and symbol = ?").params(account, agreeing).update();
        }
        jdbc.sql("delete from position_mismatches where account = ?").param(account).update();
        for (Mismatch mismatch : mismatches) {
            jdbc.sql("insert into position_mismatches (account, symbol, venue_size, quorum_size, detected_at) values (?, ?, ?, ?, ?)")
                    .params(account, mismatch.symbol().value(), mismatch.venueSize(), mismatch.quorumSize(),
                            Timestamp.from(mismatch.detectedAt())).update();
        }
        jdbc.sql("update reconciliations set finished_at = ?, succeeded_at = ?, result = ?, detail = ?, runs = runs + 1 where account = ?")
                .params(Timestamp.from(at), Timestamp.from(at), mismatches.isEmpty() ? "OK" : "MISMATCH", detail, account).update();
        return newlyTold;
    }

    /** Ends a run that could not read the venue (or failed otherwise): the account's last success stays as it was. */
    @Transactional
    public void failed(String account, String why, Instant at) {
        jdbc.sql("update reconciliations set finished_at = ?, result = 'FAILED', detail = ?, runs = runs + 1 where account = ?")
                .params(Timestamp.from(at), why, account).update();
    }

    public Optional<Run> lastRun(String account) {
        return jdbc.sql("select * from reconciliations where account = ?").param(account)
                .query((rs, row) -> new Run(instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("finished_at")),
                        instant(rs.getTimestamp("succeeded_at")), rs.getString("result"), rs.getString("detail"), rs.getLong("runs")))
                .optional();
    }

    public List<Sighting> foreignOrders(String account) {
        return jdbc.sql("select * from foreign_orders where account = ? order by detected_at, venue_order_id").param(account)
                .query((rs, row) -> new Sighting(rs.getString("venue_order_id"), rs.getString("order_link_id"),
                        Symbol.of(rs.getString("symbol")), Side.valueOf(rs.getString("side")), rs.getBigDecimal("quantity"),
                        rs.getBigDecimal("price"), rs.getString("seen_in"), rs.getTimestamp("detected_at").toInstant()))
                .list();
    }

    public List<Mismatch> mismatches(String account) {
        return jdbc.sql("select * from position_mismatches where account = ? order by symbol").param(account)
                .query((rs, row) -> new Mismatch(Symbol.of(rs.getString("symbol")), rs.getBigDecimal("venue_size"),
                        rs.getBigDecimal("quorum_size"), rs.getTimestamp("detected_at").toInstant()))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
