package io.quorum.execution.twap;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.OrderCancelled;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.TwapSpec;
import io.quorum.execution.orders.LiveSlicing;
import io.quorum.execution.orders.VenueOrder;
import io.quorum.execution.orders.VenueOrders;
import io.quorum.execution.platform.Outbox;
import io.quorum.execution.positions.Position;
import io.quorum.execution.positions.Positions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactions of a TWAP on the live venue. {@link #start}: the approved order becomes the parent — recorded OPEN
 * and announced (OrderPlaced, venue bybit) but never sent itself — and its run starts, its first slice due at once by
 * the scheduler's clock. {@link #openNextSlice}: a due slice becomes a venue order of its own, SUBMITTING under its
 * own orderLinkId (the parent's plus the slice number) before anything is sent, recorded in twap_slices, the run moved
 * on — in one transaction, so a slice is opened once whatever crashes. {@link #finish}: once a run sends nothing more
 * and Bybit has ended every slice, the parent's unfilled rest is cancelled (OrderCancelled), which frees the rest of
 * its reservation. The clock is an operational timer: the live venue has no event time to slice by.
 */
public class LiveTwapRecords implements LiveSlicing {

    private final TwapRuns runs;
    private final VenueOrders orders;
    private final Positions positions;
    private final Outbox outbox;
    private final TwapSettings settings;
    private final Function<Symbol, Optional<Instrument>> instruments;
    private final Predicate<BotId> halting;
    private final Clock clock;

    /** {@code halting}: whether a halt of the bot is pending — no slice is opened for it then. */
    public LiveTwapRecords(TwapRuns runs, VenueOrders orders, Positions positions, Outbox outbox, TwapSettings settings,
                           Function<Symbol, Optional<Instrument>> instruments, Predicate<BotId> halting, Clock clock) {
        this.runs = runs;
        this.orders = orders;
        this.positions = positions;
        this.outbox = outbox;
        this.settings = settings;
        this.instruments = instruments;
        this.halting = halting;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean start(Envelope<OrderApproved> approval, Optional<Price> reference) {
        OrderApproved approved = approval.payload();
        OrderSpec spec = approved.order();
        Optional<TwapSpec> shape = settings.shapeOf(approved, reference);
        Optional<Instrument> instrument = instruments.apply(spec.symbol());
        if (shape.isEmpty() || instrument.isEmpty()) {
            return false;
        }
        TwapPlan plan = TwapPlan.cut(spec.quantity(), shape.get().slices(), instrument.get(), shape.get().duration());
        if (plan.slices() < 2) {
            return false; // too small to cut into parts of at least the minimum quantity: sent whole
        }
        Instant at = approval.occurredAt();
        VenueOrder parent = VenueOrder.accept(approved, at);
        if (!orders.insertIfAbsent(parent)) {
            return true; // this intent already has its venue order: a redelivery in another envelope
        }
        outbox.add(approval.cause(parent.placed(VenueOrder.LIVE_VENUE), at));
        TwapRun run = TwapRun.start(parent, plan, clock.instant());
        if (!runs.insertIfAbsent(run)) {
            throw new IllegalStateException("order " + parent.clientOrderId() + " already has a TWAP run");
        }
        runs.rememberCause(run.intentId(), approval);
        return true;
    }

    /**
     * Opens the run's next slice if it is due at {@code now}: a SUBMITTING venue order of its own, to be sent by the
     * caller. Empty when there is nothing to send: not due, the run ended, its parent ended (the run is cancelled), a
     * halt of the bot is pending (the halt ends the run), or a reduce-only slice no longer faces the bot's position
     * (the run is cancelled).
     */
    @Transactional
    public Optional<VenueOrder> openNextSlice(ClientOrderId parentId, Instant now) {
        VenueOrder parent = orders.lockOpen(List.of(parentId)).get(parentId); // before the run: the fills' lock order
        Optional<TwapRun> locked = runs.lockRunning(parentId);
        if (locked.isEmpty() || locked.get().nextDueAt().isAfter(now)) {
            return Optional.empty();
        }
        TwapRun run = locked.get();
        int n = run.nextSlice();
        if (parent == null) {
            runs.save(run.cancelled("its order ended before slice " + n, now));
            return Optional.empty();
        }
        if (halting.test(run.botId())) {
            return Optional.empty();
        }
        Quantity quantity = run.plan().quantityOf(n);
        OrderSpec whole = parent.spec();
        if (whole.reduceOnly()) {
            Position position = positions.find(run.botId(), run.symbol())
                    .orElseGet(() -> Position.flat(run.userId(), run.botId(), run.symbol()));
            if (position.isFlat() || position.closingSide() != run.side() || quantity.compareTo(position.size()) > 0) {
                runs.save(run.cancelled("reduce-only TWAP slice " + n + " of " + quantity + " no longer faces the bot's "
                        + position.side() + " position of " + position.size(), now));
                return Optional.empty();
            }
        }
        OrderSpec spec = new OrderSpec(whole.symbol(), whole.side(), whole.type(), whole.limitPrice(), quantity,
                whole.leverage(), whole.reduceOnly(), whole.stopLoss(), whole.takeProfit());
        ClientOrderId sliceId = run.sliceId(n);
        VenueOrder slice = VenueOrder.submitting(sliceIntent(run.intentId(), n), sliceId, run.userId(), run.botId(), spec, now);
        if (!orders.insertIfAbsent(slice)) {
            throw new IllegalStateException("slice " + n + " of TWAP " + run.intentId() + " was already opened");
        }
        if (!runs.recordSlice(new TwapRuns.Slice(sliceId, run.intentId(), n, quantity, null, null, now))) {
            throw new IllegalStateException("slice " + n + " of TWAP " + run.intentId() + " was already recorded");
        }
        runs.save(run.afterSliceOpened(now));
        return Optional.of(slice);
    }

    /**
     * Ends the parent order of a run that sends nothing more once Bybit ended every slice it opened: the rest that no
     * slice filled is cancelled (OrderCancelled, caused by the approval), so the allocation frees what it still holds.
     * False while a slice is still open or unanswered, or when the parent ended already.
     */
    @Transactional
    public boolean finish(TwapRun run, Instant now) {
        VenueOrder parent = orders.lockOpen(List.of(run.clientOrderId())).get(run.clientOrderId());
        if (parent == null || runs.unendedSlices(run.intentId()) > 0) {
            return false;
        }
        String why = run.status() == TwapRun.Status.CANCELLED
                ? "TWAP stopped after " + run.slicesSent() + " of " + run.plan().slices() + " slices: " + run.reason()
                : "TWAP ended: its " + run.plan().slices() + " slices filled " + parent.filled() + " of "
                        + parent.spec().quantity() + ", Bybit ended the rest";
        OrderCancelled cancelled = parent.cancel(why, now);
        if (!orders.recordTransition(parent)) {
            return false;
        }
        Envelope<?> cause = runs.causeOf(run.intentId(), parent.placed(VenueOrder.LIVE_VENUE), now);
        outbox.add(cause.cause(cancelled, now));
        return true;
    }

    /** The bot is stopping: its running runs end now, so no slice is opened after this; its slices still unanswered. */
    @Transactional
    public List<ClientOrderId> stopBot(BotId bot, String reason, Instant now) {
        runs.cancelRunningOfBot(bot, reason, now);
        return runs.submittingSlicesOfBot(bot);
    }

    /** A stand-in for the run's approval, dated {@code now}: the cause of its slices' events. */
    public Envelope<?> causeOf(TwapRun run, VenueOrder slice, Instant now) {
        return runs.causeOf(run.intentId(), slice.placed(VenueOrder.LIVE_VENUE), now);
    }

    /** The intent of slice {@code n} of a run: derived from the parent's, so the same slice always has the same. */
    public static IntentId sliceIntent(IntentId parent, int n) {
        return IntentId.derive(parent.toString(), "twap-slice", Integer.toString(n));
    }
}
