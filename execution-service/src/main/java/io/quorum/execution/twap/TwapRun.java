package io.quorum.execution.twap;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.Side;
import io.quorum.execution.orders.VenueOrder;
import java.time.Instant;

/**
 * One TWAP's progress: its parent order (intent and client order id), its plan, how many slices were sent and how
 * much they filled, when the next is due (event time; null once ended), and whether it is RUNNING, DONE (every slice
 * filled) or CANCELLED (the bot stopped, or a reduce-only slice no longer had a position to reduce).
 */
public record TwapRun(IntentId intentId, ClientOrderId clientOrderId, UserId userId, BotId botId, Symbol symbol,
                      Side side, boolean reduceOnly, TwapPlan plan, Quantity filled, int slicesSent, Instant startedAt,
                      Instant nextDueAt, Status status, String reason, Instant updatedAt) {

    /** Where a run is. */
    public enum Status { RUNNING, DONE, CANCELLED }

    public TwapRun {
        requireNonNull(intentId, "intentId");
        requireNonNull(clientOrderId, "clientOrderId");
        requireNonNull(userId, "userId");
        requireNonNull(botId, "botId");
        requireNonNull(symbol, "symbol");
        requireNonNull(side, "side");
        requireNonNull(plan, "plan");
        requireNonNull(filled, "filled");
        requireNonNull(startedAt, "startedAt");
        requireNonNull(status, "status");
        requireNonNull(updatedAt, "updatedAt");
        if ((status == Status.RUNNING) != (nextDueAt != null)) {
            throw new IllegalArgumentException("a running TWAP, and only one, has a next slice due");
        }
    }

    /** A run for {@code parent} cut as {@code plan}, its first slice due at once. */
    public static TwapRun start(VenueOrder parent, TwapPlan plan, Instant at) {
        return new TwapRun(parent.intentId(), parent.clientOrderId(), parent.userId(), parent.botId(),
                parent.spec().symbol(), parent.spec().side(), parent.spec().reduceOnly(), plan, Quantity.ZERO, 0, at,
                at, Status.RUNNING, null, at);
    }

    /** The number of the next slice, counted from 1. */
    public int nextSlice() {
        return slicesSent + 1;
    }

    /** The id of slice {@code n} at the venue: the parent's, so the bot's prefix, plus the slice number. */
    public ClientOrderId sliceId(int n) {
        return clientOrderId.slice(n);
    }

    /** After the next slice filled {@code quantity} at event time {@code at}: the one after is due, or the run is DONE. */
    public TwapRun afterSlice(Quantity quantity, Instant at) {
        requireRunning();
        int sent = slicesSent + 1;
        boolean done = sent == plan.slices();
        return new TwapRun(intentId, clientOrderId, userId, botId, symbol, side, reduceOnly, plan, filled.plus(quantity),
                sent, startedAt, done ? null : plan.dueAt(startedAt, sent + 1), done ? Status.DONE : Status.RUNNING,
                null, at);
    }

    /**
     * On the live venue: the next slice was opened (recorded to be sent) at {@code at} by the scheduler's clock; what it
     * fills is added as Bybit reports it. The one after is due one interval after this one's due time, or the run is DONE.
     */
    public TwapRun afterSliceOpened(Instant at) {
        requireRunning();
        int sent = slicesSent + 1;
        boolean done = sent == plan.slices();
        return new TwapRun(intentId, clientOrderId, userId, botId, symbol, side, reduceOnly, plan, filled, sent, startedAt,
                done ? null : plan.dueAt(startedAt, sent + 1), done ? Status.DONE : Status.RUNNING, null, at);
    }

    /** The rest will not be sent. */
    public TwapRun cancelled(String why, Instant at) {
        requireRunning();
        return new TwapRun(intentId, clientOrderId, userId, botId, symbol, side, reduceOnly, plan, filled, slicesSent,
                startedAt, null, Status.CANCELLED, requireNonNull(why, "reason"), at);
    }

    private void requireRunning() {
        if (status != Status.RUNNING) {
            throw new IllegalStateException("TWAP " + intentId + " is " + status);
        }
    }
}
