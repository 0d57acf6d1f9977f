package io.quorum.execution.venue;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.execution.orders.OrderStatus;
import io.quorum.execution.orders.VenueOrder;
import io.quorum.execution.orders.VenueOrders;
import io.quorum.execution.twap.LiveTwapRecords;
import io.quorum.execution.twap.TwapRun;
import io.quorum.execution.twap.TwapRuns;
import io.quorum.execution.venue.Submissions.Submission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The live venue's TWAP scheduler. Every round (a fixed delay on a thread of its own) it asks the {@link Clock} — an
 * operational timer, as the live venue has no event time of its own to slice by — which runs have a slice due, and for
 * each: first the slice it opened last, if its placement was never answered (a timeout, Bybit failing, a crash), is
 * resumed exactly as a live order is — looked up by its orderLinkId, created only when Bybit has none — and while it
 * stays unanswered no later slice is sent; then the next slice is opened (SUBMITTING, in one transaction) and sent
 * through the live placement path ({@link LivePlacement#sendClaimed}: leverage, the account's order gateway with its
 * rate limiter, retries and look-ups, the answer recorded). One slice per run per round: after a restart a run that
 * missed several slices catches up one round at a time. Runs that send nothing more have their parent ended once Bybit
 * ended every slice ({@link LiveTwapRecords#finish}); a market slice Bybit ended short of filled (the IOC remainder) is
 * found by its order status in the same round ({@link MarketSliceEnds}), not left to the next reconciliation.
 * <p>
 * Each slice is claimed in {@link Sending} before it is opened and until its answer is recorded, and no slice is sent for
 * a bot whose halt is pending or whose run was cancelled; {@link #stopBot}, called by each attempt of a live halt, ends
 * the bot's runs and then waits for the claims of its unanswered slices, so a halt never confirms the bot clean while a
 * slice of it is on its way to Bybit.
 */
public final class LiveTwap implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(LiveTwap.class);

    private final LiveTwapRecords records;
    private final TwapRuns runs;
    private final VenueOrders orders;
    private final LivePlacement placement;
    private final Sending sending;
    private final BybitAccounts accounts;
    private final Reconciler reconciler;
    private final Predicate<BotId> halting;
    private final Clock clock;
    private final PeriodicRounds rounds;
    private final MarketSliceEnds marketSliceEnds;

    public LiveTwap(LiveTwapRecords records, TwapRuns runs, VenueOrders orders, LivePlacement placement, Sending sending,
                    BybitAccounts accounts, Reconciler reconciler, MarketSliceEnds marketSliceEnds,
                    Predicate<BotId> halting, Duration poll, Clock clock) {
        this.records = records;
        this.marketSliceEnds = marketSliceEnds;
        this.runs = runs;
        this.orders = orders;
        this.placement = placement;
        this.sending = sending;
        this.accounts = accounts;
        this.reconciler = reconciler;
        this.halting = halting;
        this.clock = clock;
        this.rounds = new PeriodicRounds("bybit-twap", poll, poll, this::runDue,
                // each step is its own transaction and safe to repeat: the next round takes it up again
                failure -> LOG.warn("TWAP round failed, next round soon: {}", failure.toString()));
    }

    /** One round: each run's due slice sent, each run that sends nothing more ended once Bybit ended its slices. */
    public synchronized void runDue() {
        Instant now = clock.instant();
        for (TwapRun run : runs.dueBy(now)) {
            if (reconciled(run) && answered(run, run.slicesSent(), now)) {
                sendNext(run, now);
            }
        }
        for (TwapRun run : runs.endedWithOpenParent()) {
            if (run.status() == TwapRun.Status.DONE && reconciled(run)) {
                answered(run, run.slicesSent(), now); // its last slice, if unanswered
            }
            if (reconciled(run)) {
                marketSliceEnds.settle(run); // a market slice whose IOC remainder Bybit cancelled ends now
            }
            records.finish(run, now);
        }
    }

    /**
     * The bot is stopping (each attempt of a live halt calls this first): its running runs are cancelled, so no slice is
     * opened after this returns, and each of its slices still on its way to Bybit is waited for — after this, Bybit's
     * list of the bot's open orders holds every slice Bybit accepted.
     */
    public void stopBot(BotId bot, String reason) {
        List<ClientOrderId> unanswered = records.stopBot(bot, reason, clock.instant());
        for (ClientOrderId slice : unanswered) {
            sending.claim(slice); // waits while the scheduler is sending it
            sending.release(slice);
        }
    }

    /**
     * No slice goes to an account not reconciled since start (as no approval does): its reconciliation is asked for and
     * the run waits. A user without an account is let through: the placement refuses the slice for the missing key.
     */
    private boolean reconciled(TwapRun run) {
        Optional<BybitAccounts.Account> account = accounts.of(run.userId());
        if (account.isEmpty() || reconciler.isReconciled(account.get().id())) {
            return true;
        }
        reconciler.runSoon(account.get().id());
        return false;
    }

    /** Whether slice {@code n} of the run (none when 0) has Bybit's answer; if not, it is resumed first. */
    private boolean answered(TwapRun run, int n, Instant now) {
        if (n == 0) {
            return true;
        }
        ClientOrderId id = run.sliceId(n);
        if (!unanswered(id)) {
            return true;
        }
        sending.claim(id);
        boolean sent = false;
        try {
            Optional<VenueOrder> slice = orders.find(id).filter(order -> order.status() == OrderStatus.SUBMITTING);
            if (slice.isPresent() && maySend(run)) {
                sent = true;
                placement.sendClaimed(new Submission(slice.get(), true), records.causeOf(run, slice.get(), now));
            }
        } finally {
            end(id, sent);
        }
        return !unanswered(id);
    }

    private void sendNext(TwapRun run, Instant now) {
        ClientOrderId id = run.sliceId(run.nextSlice());
        sending.claim(id); // before the slice exists: a halt that finds it unanswered waits until its answer is recorded
        boolean sent = false;
        try {
            Optional<VenueOrder> slice = records.openNextSlice(run.clientOrderId(), now);
            if (slice.isPresent()) {
                sent = true;
                Envelope<?> cause = records.causeOf(run, slice.get(), now);
                placement.sendClaimed(new Submission(slice.get(), false), cause);
            }
        } finally {
            end(id, sent);
        }
    }

    /** No halt of the bot pending and the run not cancelled (read again, under the slice's claim). */
    private boolean maySend(TwapRun run) {
        return !halting.test(run.botId())
                && runs.find(run.intentId()).map(current -> current.status() != TwapRun.Status.CANCELLED).orElse(false);
    }

    private boolean unanswered(ClientOrderId slice) {
        return orders.find(slice).map(order -> order.status() == OrderStatus.SUBMITTING).orElse(false);
    }

    private void end(ClientOrderId slice, boolean sent) {
        if (sent) {
            sending.sent(slice);
        } else {
            sending.release(slice);
        }
    }

    @Override
    public void start() {
        rounds.start();
    }

    @Override
    public void stop() {
        rounds.stop();
    }

    @Override
    public boolean isRunning() {
        return rounds.isRunning();
    }
}
