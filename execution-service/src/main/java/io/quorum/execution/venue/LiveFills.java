package io.quorum.execution.venue;

import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.execution.orders.Settlement;
import io.quorum.execution.orders.SliceParents;
import io.quorum.execution.orders.VenueOrder;
import io.quorum.execution.orders.VenueOrders;
import io.quorum.execution.venue.bybit.VenueExecution;
import io.quorum.contracts.bots.BotStopTriggered;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.OrderPlaced;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.execution.platform.Outbox;
import io.quorum.execution.positions.Position;
import io.quorum.execution.positions.Positions;
import io.quorum.execution.venue.bybit.VenueExecution.VenueClose;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a Bybit execution to its order exactly once: its execId is recorded in {@code venue_fills} in the same
 * transaction as the settlement (order, fill, position, OrderFilled, PositionChanged), through the same
 * {@link Settlement} as the paper venue's fills, so the ledger is the sum of the executions whatever is read twice. An
 * execution of a TWAP slice fills the slice's row and settles on its parent order ({@link SliceParents}).
 * <p>
 * A close Bybit made itself — the stop-loss or take-profit it holds on a position, a liquidation, an auto-deleveraging
 * ({@link VenueExecution#venueClose()}) — carries no orderLinkId of Quorum's; {@link #applyVenueClose} gives it to the one
 * bot whose position it reduces, as a reduce-only order derived from the execution, like the paper venue's own closes.
 */
public class LiveFills {

    /** What became of one execution. */
    public enum Applied {
        /** Settled now. */
        APPLIED,
        /** Settled before (its execId is known), or its order was already ended by another transaction. */
        ALREADY,
        /** Not an order Quorum placed, or no longer open here: reconciliation's business, not a fill to apply. */
        NOT_OURS,
        /** Its order still awaits Bybit's answer to the placement: to be applied once that is recorded. */
        AWAITING_ANSWER,
        /**
         * A close Bybit made itself that cannot be given to exactly one bot: none or several bots of the account hold the
         * symbol (Bybit nets them into one position), or it does not reduce the one bot's position within its size.
         */
        NO_SINGLE_BOT
    }

    private final VenueOrders orders;
    private final Settlement settlement;
    private final Positions positions;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final SliceParents slices;

    public LiveFills(VenueOrders orders, Settlement settlement, Positions positions, Outbox outbox, JdbcClient jdbc,
                     SliceParents slices) {
        this.orders = orders;
        this.settlement = settlement;
        this.positions = positions;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.slices = slices;
    }

    @Transactional
    public Applied apply(VenueExecution execution) {
        ClientOrderId id;
        try {
            id = ClientOrderId.of(execution.orderLinkId());
        } catch (IllegalArgumentException placedByHand) {
            return Applied.NOT_OURS;
        }
        Optional<ClientOrderId> parentId = slices.parentOf(id);
        Map<ClientOrderId, VenueOrder> locked = orders.lockOpen(parentId.isPresent() ? List.of(parentId.get(), id) : List.of(id));
        VenueOrder open = locked.get(id);
        if (open == null) {
            // an execution applied before its order ended (a partial fill, then a cancel) read again: settled, not late
            boolean known = jdbc.sql("select count(*) from venue_fills where exec_id = ?").param(execution.execId())
                    .query(Long.class).single() > 0;
            if (known) {
                return Applied.ALREADY;
            }
            return orders.find(id).map(order -> switch (order.status()) {
                case SUBMITTING -> Applied.AWAITING_ANSWER;
                case FILLED -> Applied.ALREADY;
                default -> Applied.NOT_OURS;
            }).orElse(Applied.NOT_OURS);
        }
        boolean first = jdbc.sql("insert into venue_fills (exec_id, client_order_id, executed_at) values (?, ?, ?) on conflict do nothing")
                .params(execution.execId(), id.value(), Timestamp.from(execution.executedAt()))
                .update() == 1;
        if (!first) {
            return Applied.ALREADY;
        }
        Liquidity liquidity = execution.maker() ? Liquidity.MAKER : Liquidity.TAKER;
        VenueOrder parent = parentId.map(locked::get).orElse(null);
        if (parent != null) {
            // a TWAP slice: the slice's own row follows what Bybit filled of it, the fill is its parent's (OrderFilled of
            // the approved intent with the parent's remaining quantity, the position, the fee)
            open.execute(execution.price(), execution.quantity(), execution.fee(), liquidity, execution.executedAt());
            orders.recordTransition(open);
            settlement.execute(parent, execution.price(), execution.quantity(), execution.fee(), liquidity,
                    execution.executedAt());
            slices.sliceFilled(id, execution.price(), execution.quantity(), execution.fee());
            return Applied.APPLIED;
        }
        // any other order; also a slice whose parent ended before this fill was read — applied to the slice itself, so
        // no execution is lost
        settlement.execute(open, execution.price(), execution.quantity(), execution.fee(), liquidity, execution.executedAt());
        return Applied.APPLIED;
    }

    /**
     * Applies a close Bybit made itself ({@code execution.venueClose()} present) to the bot whose position it reduces,
     * once by its execId: exactly one bot of the account's {@code users} may hold a position in the symbol, on the side
     * the execution closes, at least as large. The close becomes a FILLED reduce-only market order of that bot — its
     * intent derived from the bot, the symbol and the execId, so reading it again finds it — with Bybit's price,
     * quantity and fee: OrderPlaced, OrderFilled and PositionChanged go out as for any fill, and a liquidation also asks
     * the bot to stop (BotStopTriggered), as the paper venue's does. When no single bot qualifies nothing is written
     * ({@link Applied#NO_SINGLE_BOT}): Quorum does not guess whose position Bybit closed.
     */
    @Transactional
    public Applied applyVenueClose(VenueExecution execution, Collection<UserId> users) {
        VenueClose close = execution.venueClose()
                .orElseThrow(() -> new IllegalArgumentException("execution " + execution.execId() + " is not a close Bybit made"));
        boolean known = jdbc.sql("select count(*) from venue_fills where exec_id = ?").param(execution.execId())
                .query(Long.class).single() > 0;
        if (known) {
            return Applied.ALREADY;
        }
        List<Positions.Stored> holding = users.isEmpty() ? List.of() : positions.lockOpenOf(users, execution.symbol());
        if (holding.size() != 1) {
            return Applied.NO_SINGLE_BOT;
        }
        Position position = holding.getFirst().position();
        if (position.closingSide() != execution.side() || execution.quantity().compareTo(position.size()) > 0) {
            return Applied.NO_SINGLE_BOT;
        }
        IntentId intent = IntentId.derive(position.botId().toString(), "venue-close", position.symbol().value(), execution.execId());
        OrderSpec spec = OrderSpec.market(position.symbol(), execution.side(), execution.quantity(), position.leverage(), true);
        VenueOrder order = VenueOrder.open(intent, ClientOrderId.forIntent(position.botId(), intent), position.userId(),
                position.botId(), spec, execution.executedAt());
        if (!orders.insertIfAbsent(order)) {
            return Applied.ALREADY;
        }
        jdbc.sql("insert into venue_fills (exec_id, client_order_id, executed_at) values (?, ?, ?)")
                .params(execution.execId(), order.clientOrderId().value(), Timestamp.from(execution.executedAt())).update();
        outbox.add(Envelope.originating(new OrderPlaced(intent, position.userId(), position.botId(), order.clientOrderId(),
                spec, VenueOrder.LIVE_VENUE), execution.executedAt()));
        String reason = close.label() + " executed by Bybit (order " + execution.orderId() + "): "
                + position.side().name().toLowerCase() + " " + position.size() + " " + position.symbol() + ", "
                + execution.quantity() + " closed at " + execution.price();
        settlement.execute(order, execution.price(), execution.quantity(), execution.fee(),
                execution.maker() ? Liquidity.MAKER : Liquidity.TAKER, execution.executedAt(), reason);
        if (close == VenueClose.LIQUIDATION) {
            outbox.add(Envelope.originating(new BotStopTriggered(position.botId(), position.userId(),
                    "liquidated on Bybit: " + reason, execution.price()), execution.executedAt()));
        }
        return Applied.APPLIED;
    }
}
