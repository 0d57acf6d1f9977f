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
 * delivery left SUBMITTING is resumed: looked up by its orderLinkId first, created only when Bybit has none. An approval
 * for an account not yet reconciled since start is held by the {@link Reconciler} and placed once it is.
 */
public final class LivePlacement implements Placement {

    private final Submissions submissions;
    private final BybitAccounts accounts;
    private final Reconciler reconciler;
    private final Sending sending;

    public LivePlacement(Submissions submissions, BybitAccounts accounts, Reconciler reconciler, Sending sending) {
        this.submissions = submissions;
        this.accounts = accounts;
        this.reconciler = reconciler;
        this.sending = sending;
    }

    @Override
    public void place(Envelope<OrderApproved> approval) {
        Optional<BybitAccounts.Account> account = accounts.of(approval.payload().userId());
        if (account.isPresent() && !reconciler.admit(account.get(), approval)) {
            return; // held: placed once the account is reconciled
        }
        placeNow(approval);
    }

    /** Places the approval whatever the account's reconciliation: the held approvals' way in. */
    public void placeNow(Envelope<OrderApproved> approval) {
        submissions.open(approval).ifPresent(submission -> submit(submission, approval));
    }

    /**
     * Refuses the approval without calling Bybit, as a placement refused for the account's key would be: REJECTED,
     * OrderRejectedByVenue and BotStopTriggered. An order an earlier delivery left SUBMITTING stays so: it may exist on
     * Bybit, and only a look-up with a working key can tell.
     */
    public void refuseForKey(Envelope<OrderApproved> approval, String why) {
        submissions.open(approval).filter(submission -> !submission.resumed()).ifPresent(submission ->
                submissions.record(approval, submission.order(),
                        new PlacementOutcome.BotMustStop(submission.order().clientOrderId(), why)));
    }

    /**
     * Sends a SUBMITTING order and records the answer, the events caused by {@code cause}. Reconciliation does not touch
     * the order meanwhile; if it resolved the order while this waited, nothing is sent.
     */
    void submit(Submission submission, Envelope<?> cause) {
        VenueOrder order = submission.order();
        sending.claim(order.clientOrderId());
        try {
            sendClaimed(submission, cause);
        } finally {
            sending.sent(order.clientOrderId());
        }
    }

    /**
     * As {@link #submit}, for a caller that holds the order's {@link Sending} claim itself (a TWAP slice, claimed before
     * it is opened so that a halt waits for it): re-read, sent — created, or looked up first when resumed — and the
     * answer recorded, the events caused by {@code cause}.
     */
    public void sendClaimed(Submission submission, Envelope<?> cause) {
        VenueOrder order = submission.order();
        Optional<VenueOrder> current = submissions.stillSubmitting(order.clientOrderId());
        if (current.isEmpty()) {
            return;
        }
        PlacementOutcome outcome = send(new Submission(current.get(), submission.resumed()));
        submissions.record(cause, current.get(), outcome);
        if (outcome instanceof PlacementOutcome.Unresolved) {
            accounts.of(order.userId()).ifPresent(account -> reconciler.runSoon(account.id()));
        }
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
