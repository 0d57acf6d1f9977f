package io.quorum.execution.venue;

import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.execution.orders.Settlement;
import io.quorum.execution.orders.VenueOrder;
import io.quorum.execution.orders.VenueOrders;
import io.quorum.execution.venue.bybit.VenueExecution;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a Bybit execution to its order exactly once: its execId is recorded in {@code venue_fills} in the same
 * transaction as the settlement (order, fill, position, OrderFilled, PositionChanged), through the same
 * {@link Settlement} as the paper venue's fills, so the ledger is the sum of the executions whatever is read twice.
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
        AWAITING_ANSWER
    }

    private final VenueOrders orders;
    private final Settlement settlement;
    private final JdbcClient jdbc;

    public LiveFills(VenueOrders orders, Settlement settlement, JdbcClient jdbc) {
        this.orders = orders;
        this.settlement = settlement;
        this.jdbc = jdbc;
    }

    @Transactional
    public Applied apply(VenueExecution execution) {
        ClientOrderId id;
        try {
            id = ClientOrderId.of(execution.orderLinkId());
        } catch (IllegalArgumentException placedByHand) {
            return Applied.NOT_OURS;
        }
        VenueOrder open = orders.lockOpen(List.of(id)).get(id);
        if (open == null) {
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
        settlement.execute(open, execution.price(), execution.quantity(), execution.fee(),
                execution.maker() ? Liquidity.MAKER : Liquidity.TAKER, execution.executedAt());
        return Applied.APPLIED;
    }
}
