package io.quorum.execution.venue;

import io.quorum.contracts.orders.OrderType;
import io.quorum.execution.orders.OrderStatus;
import io.quorum.execution.orders.VenueOrder;
import io.quorum.execution.orders.VenueOrders;
import io.quorum.execution.twap.TwapRun;
import io.quorum.execution.twap.TwapRuns;
import io.quorum.execution.venue.bybit.BybitLinearClient;
import io.quorum.execution.venue.bybit.VenueOrderState;
import java.util.Optional;

/**
 * A TWAP's market slice goes to Bybit as an IOC order: what the book cannot fill at once Bybit cancels by itself, and
 * the execution list says nothing of that cancel (it lists only what filled). Bybit's order-status answer does: for a
 * run that sends no more slices while its parent is still open, each market slice still OPEN here is looked up by its
 * orderLinkId; when Bybit has ended it (cancelled, rejected), its executions are read and applied (once each, by
 * execId), and — once the fills applied here add up to the quantity Bybit says it filled, so no late execution is left
 * out — the slice is recorded CANCELLED as reconciliation would ({@link ReconciliationRecords#endedOnVenue}). The run's
 * parent can then be finished in the same round instead of at the next reconciliation. A slice Bybit still lists open,
 * or whose fills are not all applied yet, is looked at again next round; limit slices (which rest on purpose) are left to
 * their fills, the halt and reconciliation.
 */
public final class MarketSliceEnds {

    private final TwapRuns runs;
    private final VenueOrders orders;
    private final BybitAccounts accounts;
    private final LiveFills fills;
    private final ReconciliationRecords records;

    public MarketSliceEnds(TwapRuns runs, VenueOrders orders, BybitAccounts accounts, LiveFills fills,
                           ReconciliationRecords records) {
        this.runs = runs;
        this.orders = orders;
        this.accounts = accounts;
        this.fills = fills;
        this.records = records;
    }

    /** Ends the run's market slices that Bybit ended short of filled; answers how many it ended. */
    public int settle(TwapRun run) {
        Optional<BybitAccounts.Account> account = accounts.of(run.userId());
        if (account.isEmpty()) {
            return 0;
        }
        int ended = 0;
        for (TwapRuns.Slice slice : runs.slicesOf(run.intentId())) {
            Optional<VenueOrder> open = openMarketSlice(slice);
            if (open.isEmpty()) {
                continue;
            }
            BybitLinearClient venue = account.get().client();
            Optional<VenueOrderState> state = venue.orderByLinkId(slice.clientOrderId());
            if (state.isEmpty() || state.get().isOpen() || state.get().status() == VenueOrderState.Status.OTHER) {
                continue;
            }
            venue.executionsOf(slice.clientOrderId()).forEach(fills::apply);
            Optional<VenueOrder> still = openMarketSlice(slice);
            if (still.isEmpty() || state.get().status() == VenueOrderState.Status.FILLED
                    || still.get().filled().value().compareTo(state.get().filledQuantity()) != 0) {
                continue; // filled by its executions, or not every fill Bybit counts is applied yet: next round
            }
            if (records.endedOnVenue(slice.clientOrderId(), "market slice ended on Bybit ("
                    + state.get().status().name().toLowerCase() + ") with " + state.get().filledQuantity().toPlainString()
                    + " of " + still.get().spec().quantity() + " filled: the IOC remainder", state.get().updatedAt())) {
                ended++;
            }
        }
        return ended;
    }

    private Optional<VenueOrder> openMarketSlice(TwapRuns.Slice slice) {
        return orders.find(slice.clientOrderId())
                .filter(order -> order.status() == OrderStatus.OPEN && order.spec().type() == OrderType.MARKET);
    }
}
