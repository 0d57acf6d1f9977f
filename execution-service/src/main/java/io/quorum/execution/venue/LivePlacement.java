package io.quorum.execution.venue;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.OrderType;
import io.quorum.execution.orders.Placement;
import io.quorum.execution.orders.VenueOrder;
import io.quorum.execution.venue.Submissions.Submission;
import io.quorum.execution.venue.bybit.NewOrder;
import io.quorum.execution.venue.bybit.PlacementOutcome;
import java.util.Optional;

/**
 * Places an approved order on Bybit: recorded as SUBMITTING, then sent through the account's order gateway (at most one
 * venue order per intent, whatever the faults) with no transaction open, then the answer recorded. An order an earlier
 * delivery left SUBMITTING is resumed: looked up by its orderLinkId first, created only when Bybit has none.
 */
public final class LivePlacement implements Placement {

    private final Submissions submissions;
    private final BybitAccounts accounts;

    public LivePlacement(Submissions submissions, BybitAccounts accounts) {
        this.submissions = submissions;
        this.accounts = accounts;
    }

    @Override
    public void place(Envelope<OrderApproved> approval) {
        submissions.open(approval).ifPresent(submission -> submit(submission, approval));
    }

    /** Sends a SUBMITTING order and records the answer, the events caused by {@code cause}. */
    void submit(Submission submission, Envelope<?> cause) {
        submissions.record(cause, submission.order(), send(submission));
    }

    private PlacementOutcome send(Submission submission) {
        VenueOrder order = submission.order();
        NewOrder request = request(order);
        return accounts.of(order.userId())
                .map(account -> leverageFirst(account, order, request)
                        .orElseGet(() -> submission.resumed() ? account.gateway().resume(request) : account.gateway().place(request)))
                .orElseGet(() -> new PlacementOutcome.BotMustStop(order.clientOrderId(), "the user has no Bybit API key"));
    }

    /**
     * An order that may open or grow a position goes out at its bot's leverage: the account's leverage for the symbol
     * is set first (once per account, symbol and leverage). A reduce-only order (a close) uses what is in place.
     */
    private static Optional<PlacementOutcome> leverageFirst(BybitAccounts.Account account, VenueOrder order, NewOrder request) {
        return order.spec().reduceOnly() ? Optional.empty() : account.gateway().ensureLeverage(request, order.spec().leverage());
    }

    /** The order as Bybit takes it; an AI entry's stop-loss and take-profit travel with it, attached to the position. */
    static NewOrder request(VenueOrder order) {
        OrderSpec spec = order.spec();
        NewOrder request = spec.type() == OrderType.LIMIT
                ? NewOrder.limit(order.clientOrderId(), spec.symbol(), spec.side(), spec.quantity(), spec.limitPrice())
                : NewOrder.market(order.clientOrderId(), spec.symbol(), spec.side(), spec.quantity());
        if (spec.reduceOnly()) {
            request = request.reducingOnly();
        }
        return request.withTakeProfitAndStopLoss(Optional.ofNullable(spec.takeProfit()), Optional.ofNullable(spec.stopLoss()));
    }
}
