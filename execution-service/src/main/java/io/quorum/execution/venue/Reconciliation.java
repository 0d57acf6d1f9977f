package io.quorum.execution.venue;

import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.execution.orders.OrderStatus;
import io.quorum.execution.orders.VenueOrder;
import io.quorum.execution.orders.VenueOrders;
import io.quorum.execution.venue.ReconciliationRecords.Mismatch;
import io.quorum.execution.venue.ReconciliationRecords.Sighting;
import io.quorum.execution.venue.bybit.BybitLinearClient;
import io.quorum.execution.venue.bybit.VenueExecution;
import io.quorum.execution.venue.bybit.VenueOrderState;
import io.quorum.execution.venue.bybit.VenuePosition;
import io.quorum.contracts.orders.Side;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One reconciliation of one Bybit account with what Quorum recorded, matched by orderLinkId — Quorum's client order id,
 * which a venue order carries only if Quorum placed it. Each step reads Bybit with no transaction open and records
 * through {@link ReconciliationRecords} or {@link LiveFills}, each change in its own transaction and each safe to repeat:
 * <ol>
 * <li>orders still SUBMITTING (a crash or a timeout between the call and recording its answer) are looked up by
 * orderLinkId (open or recently ended orders), then in Bybit's order history (the last seven days): found → OPEN with
 * Bybit's id and their fills applied (and ended in step 3 if it has ended), found rejected → REJECTED; absent, once any
 * request this process sent for it is past Bybit's recv window → REJECTED, so every intent ends. None is ever placed
 * again from here;</li>
 * <li>the account's executions since the cursor (every page, within Bybit's seven days) applied once each by execId;
 * those of orders Quorum did not place flagged — except a close Bybit made itself (a position's stop-loss or take-profit,
 * a liquidation, an auto-deleveraging) of the position exactly one bot of the account holds in the symbol, which is
 * applied to that bot ({@link LiveFills#applyVenueClose}); with several bots in the symbol it stays flagged;</li>
 * <li>orders OPEN here that Bybit no longer lists open — ended while Quorum was away or between two runs (filled,
 * cancelled, rejected, deactivated) — looked up by orderLinkId, and, once Bybit no longer answers that for them, in its
 * order history, read page by page (newest first) only as far as needed, within Bybit's seven days: their executions
 * applied once each by execId, then CANCELLED if Bybit ended them short of filled. One that ended longer ago than the
 * history reaches is left OPEN with a note for an operator;</li>
 * <li>open orders Quorum did not place flagged once each (ForeignOrderDetected), never cancelled;</li>
 * <li>Bybit's position per symbol against the sum of Quorum's bots' positions on the account: a difference is recorded,
 * logged and shown, never "fixed".</li>
 * </ol>
 */
public final class Reconciliation {

    private static final Logger LOG = LoggerFactory.getLogger(Reconciliation.class);

    /** What a run found. {@code notes}: what it could not settle and left for the user or an operator. */
    public record Outcome(List<Mismatch> mismatches, List<String> notes, int applied, int foreign) {

        public String detail() {
            List<String> parts = new ArrayList<>();
            parts.add(applied + " execution(s) applied, " + foreign + " foreign order(s) newly flagged");
            mismatches.forEach(m -> parts.add("position " + m.symbol().value() + ": Bybit " + m.venueSize().toPlainString()
                    + ", Quorum's bots " + m.quorumSize().toPlainString()));
            parts.addAll(notes);
            return String.join("; ", parts);
        }
    }

    private final VenueOrders orders;
    private final LiveFills fills;
    private final FillCursors cursors;
    private final ReconciliationRecords records;
    private final Sending sending;
    private final Duration absentAfter;
    private final Clock clock;

    /**
     * @param absentAfter how long after this process last sent an order Bybit's "no such order" is believed: the recv
     *                    window (Bybit refuses a request stamped earlier) plus the HTTP timeout
     */
    public Reconciliation(VenueOrders orders, LiveFills fills, FillCursors cursors, ReconciliationRecords records,
                          Sending sending, Duration absentAfter, Clock clock) {
        this.orders = orders;
        this.fills = fills;
        this.cursors = cursors;
        this.records = records;
        this.sending = sending;
        this.absentAfter = absentAfter;
        this.clock = clock;
    }

    /**
     * Reconciles the account the {@code users} trade on; a {@code VenueFailure} from any read ends the run unfinished.
     * {@code resumedByHeld}: SUBMITTING orders whose approval is held and comes again right after this run — resumed by
     * it (looked up by orderLinkId first, as any redelivery), with the approval as their cause.
     */
    public Outcome run(BybitAccounts.Account account, Collection<UserId> users, Set<ClientOrderId> resumedByHeld) {
        BybitLinearClient venue = account.client();
        Run run = new Run(account, users);
        resolveSubmitting(run, resumedByHeld);
        List<VenueOrderState> open = venue.allOpenOrders();
        readExecutions(run);
        settleEnded(run, open);
        for (VenueOrderState order : open) {
            if (!run.isOurs(order.orderLinkId())) {
                run.flag(new Sighting(order.orderId(), order.orderLinkId(), order.symbol(), order.side(), order.quantity(),
                        order.price().signum() == 0 ? null : order.price(), "open-orders", order.updatedAt()));
            }
        }
        List<Mismatch> mismatches = comparePositions(run);
        if (!mismatches.isEmpty()) {
            // a fill between reading the executions and the positions looks like a difference: read both once more
            readExecutions(run);
            mismatches = comparePositions(run);
        }
        mismatches.forEach(m -> LOG.warn("Bybit account {}: position {} is {} on Bybit but {} summed over Quorum's bots",
                account.id(), m.symbol().value(), m.venueSize().toPlainString(), m.quorumSize().toPlainString()));
        run.notes.forEach(note -> LOG.warn("Bybit account {}: {}", account.id(), note));
        return new Outcome(mismatches, List.copyOf(run.notes), run.applied, run.foreign);
    }

    private void resolveSubmitting(Run run, Set<ClientOrderId> resumedByHeld) {
        for (VenueOrder order : orders.ofUsersInStatus(run.users, OrderStatus.SUBMITTING)) {
            ClientOrderId id = order.clientOrderId();
            if (resumedByHeld.contains(id) || !sending.tryClaim(id)) {
                continue; // a placement is sending it right now and records the answer itself
            }
            try {
                Optional<VenueOrder> current = orders.find(id).filter(o -> o.status() == OrderStatus.SUBMITTING);
                if (current.isEmpty()) {
                    continue;
                }
                Optional<VenueOrderState> found = run.account.client().orderByLinkId(id)
                        .or(() -> run.account.client().orderInHistory(id));
                if (found.isPresent() && found.get().status() == VenueOrderState.Status.REJECTED
                        && found.get().filledQuantity().signum() == 0) {
                    records.neverPlaced(current.get(), "rejected by Bybit (found in its order history after the placement "
                            + "went unanswered)");
                } else if (found.isPresent()) {
                    records.foundPlaced(current.get(), found.get().orderId());
                    run.account.client().executionsOf(id).forEach(run::apply);
                } else if (!sending.sentWithin(id, absentAfter)) {
                    records.neverPlaced(current.get(), "not on Bybit: no order under its orderLinkId when reconciled "
                            + "after its placement went unanswered");
                }
            } finally {
                sending.release(id);
            }
        }
    }

    private void readExecutions(Run run) {
        String account = run.account.id();
        Optional<Instant> cursor = cursors.of(account, Optional.empty());
        List<VenueExecution> executions = run.account.client().executions(Optional.empty(),
                FillPolling.readFrom(cursor, clock.instant()));
        FillPolling.settle(executions, run::apply).ifPresent(settled -> cursors.advance(account, Optional.empty(), settled));
    }

    private void settleEnded(Run run, List<VenueOrderState> open) {
        Set<String> listedOpen = open.stream().map(VenueOrderState::orderLinkId).collect(Collectors.toSet());
        for (VenueOrder order : orders.ofUsersInStatus(run.users, OrderStatus.OPEN)) {
            ClientOrderId id = order.clientOrderId();
            if (listedOpen.contains(id.value())) {
                continue;
            }
            // Bybit answers an ended order by its orderLinkId only for a while; after that its order history knows it
            Optional<VenueOrderState> state = run.account.client().orderByLinkId(id).or(() -> run.fromHistory(id));
            if (state.isEmpty()) {
                run.notes.add("order " + id.value() + " is open here but Bybit neither lists it open nor has it in its last "
                        + "seven days of order history: it ended longer ago than that; left OPEN for an operator");
                continue;
            }
            if (state.get().isOpen()) {
                continue; // it opened after the listing was read
            }
            run.account.client().executionsOf(id).forEach(run::apply);
            boolean stillOpen = orders.find(id).map(o -> o.status() == OrderStatus.OPEN).orElse(false);
            if (!stillOpen) {
                continue;
            }
            if (state.get().status() == VenueOrderState.Status.FILLED) {
                run.notes.add("order " + id.value() + " is filled on Bybit but its executions do not add up to it");
            } else {
                records.endedOnVenue(id, "ended on Bybit: " + state.get().status().name().toLowerCase(), state.get().updatedAt());
            }
        }
    }

    private List<Mismatch> comparePositions(Run run) {
        Map<Symbol, BigDecimal> venue = new HashMap<>();
        for (VenuePosition position : run.account.client().positions()) {
            BigDecimal signed = position.side().map(side -> side == Side.BUY ? position.size() : position.size().negate())
                    .orElse(BigDecimal.ZERO);
            venue.merge(position.symbol(), signed, BigDecimal::add);
        }
        Map<Symbol, BigDecimal> quorum = records.quorumPositions(run.users);
        Set<Symbol> symbols = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
        symbols.addAll(venue.keySet());
        symbols.addAll(quorum.keySet());
        Instant now = clock.instant();
        List<Mismatch> mismatches = new ArrayList<>();
        for (Symbol symbol : symbols) {
            BigDecimal atVenue = venue.getOrDefault(symbol, BigDecimal.ZERO);
            BigDecimal ours = quorum.getOrDefault(symbol, BigDecimal.ZERO);
            if (atVenue.compareTo(ours) != 0) {
                mismatches.add(new Mismatch(symbol, atVenue, ours, now));
            }
        }
        return mismatches;
    }

    /** One run's account, users, and what it did. */
    private final class Run {

        final BybitAccounts.Account account;
        final List<UserId> users;
        final Map<String, Boolean> ours = new HashMap<>();
        /** The order history read so far in this run, by orderLinkId; read on, page by page, only as far as asked. */
        final Map<String, VenueOrderState> history = new HashMap<>();
        BybitLinearClient.HistoryReading historyReading;
        final List<String> notes = new ArrayList<>();
        int applied;
        int foreign;

        Run(BybitAccounts.Account account, Collection<UserId> users) {
            this.account = account;
            this.users = List.copyOf(users);
        }

        /** The order in Bybit's order history of the last seven days, reading further pages only until it is found. */
        Optional<VenueOrderState> fromHistory(ClientOrderId id) {
            if (historyReading == null) {
                historyReading = account.client().orderHistory();
            }
            while (!history.containsKey(id.value()) && historyReading.hasMore()) {
                for (VenueOrderState order : historyReading.next()) {
                    if (!order.orderLinkId().isEmpty()) {
                        history.putIfAbsent(order.orderLinkId(), order);
                    }
                }
            }
            return Optional.ofNullable(history.get(id.value()));
        }

        /** Quorum placed it: its orderLinkId is a client order id that Quorum recorded (before it ever sent it). */
        boolean isOurs(String orderLinkId) {
            return ours.computeIfAbsent(orderLinkId, linkId -> {
                try {
                    return orders.find(ClientOrderId.of(linkId)).isPresent();
                } catch (IllegalArgumentException notAClientOrderId) {
                    return false;
                }
            });
        }

        LiveFills.Applied apply(VenueExecution execution) {
            if (!execution.isTrade()) { // funding and settlement: money, not a foreign order (Quorum's ledger does not model funding)
                return LiveFills.Applied.NOT_OURS;
            }
            if (!isOurs(execution.orderLinkId())) {
                if (execution.venueClose().isPresent() && !records.isFlagged(account.id(), execution.orderId())) {
                    LiveFills.Applied closed = fills.applyVenueClose(execution, users);
                    if (closed == LiveFills.Applied.APPLIED) {
                        applied++;
                    }
                    if (closed != LiveFills.Applied.NO_SINGLE_BOT) {
                        return closed;
                    }
                    notes.add("Bybit's " + execution.venueClose().get().label() + " execution " + execution.execId()
                            + " (" + execution.symbol().value() + ") closes a position that no single bot of Quorum's holds "
                            + "on the account; not applied");
                }
                flag(new Sighting(execution.orderId(), execution.orderLinkId(), execution.symbol(), execution.side(),
                        execution.quantity().value(), execution.price().value(), "executions", execution.executedAt()));
                return LiveFills.Applied.NOT_OURS;
            }
            LiveFills.Applied result = fills.apply(execution);
            if (result == LiveFills.Applied.APPLIED) {
                applied++;
            } else if (result == LiveFills.Applied.NOT_OURS) {
                notes.add("execution " + execution.execId() + " of order " + execution.orderLinkId()
                        + " came after Quorum recorded the order ended; not applied");
            }
            return result;
        }

        void flag(Sighting seen) {
            if (records.flagForeign(account.id(), users, seen)) {
                foreign++;
                LOG.warn("Bybit account {}: order {} ({}, orderLinkId '{}') was not placed by Quorum; left alone",
                        account.id(), seen.venueOrderId(), seen.symbol().value(), seen.orderLinkId());
            }
        }
    }
}
