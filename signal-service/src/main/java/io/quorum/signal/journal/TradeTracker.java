package io.quorum.signal.journal;

import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import java.time.Instant;
import java.util.Optional;

/**
 * Follows one bot's position from event to event. {@code realizedPnl} and {@code feesPaid} of
 * {@code PositionChanged} are running totals of the bot, so a trade's result is the difference between the totals
 * at its close and those just before it opened; the entry is the one of the position that was open. A position
 * that turns from LONG to SHORT in one fill closes one trade and opens the next.
 */
public final class TradeTracker {

    /** What is kept of the latest position; {@code openedAt} and the start totals describe the open trade. */
    public record Track(PositionSide side, Price entry, Money realizedPnl, Money fees, Instant changedAt, Instant openedAt,
                        Money startPnl, Money startFees) {

        boolean open() {
            return side != PositionSide.FLAT;
        }
    }

    /** The new state, and the trade the change closed, if any. */
    public record Step(Track state, Optional<ClosedTrade> closed) {
    }

    private TradeTracker() {
    }

    /** {@code previous} is null for a bot's first event; an event older than the kept one is not passed here. */
    public static Step next(Track previous, PositionChanged change, Instant at) {
        Money pnl = change.realizedPnl();
        Money fees = change.feesPaid();
        boolean wasOpen = previous != null && previous.open();
        boolean nowOpen = change.side() != PositionSide.FLAT;
        Optional<ClosedTrade> closed = Optional.empty();
        if (wasOpen && (!nowOpen || change.side() != previous.side())) {
            closed = Optional.of(new ClosedTrade(change.botId(), change.userId(), change.symbol(), previous.side(),
                    previous.entry(), previous.openedAt() == null ? previous.changedAt() : previous.openedAt(), at,
                    pnl.minus(previous.startPnl()), fees.minus(previous.startFees())));
        }
        Track state;
        if (!nowOpen) {
            state = new Track(PositionSide.FLAT, null, pnl, fees, at, null, pnl, fees);
        } else if (wasOpen && closed.isEmpty()) {
            state = new Track(change.side(), change.entryPrice(), pnl, fees, at, previous.openedAt(), previous.startPnl(),
                    previous.startFees());
        } else if (closed.isPresent()) {
            // reversed in one fill: the new trade starts from the totals the old one ended with
            state = new Track(change.side(), change.entryPrice(), pnl, fees, at, at, pnl, fees);
        } else {
            Money startPnl = previous == null ? Money.ZERO : previous.realizedPnl();
            Money startFees = previous == null ? Money.ZERO : previous.fees();
            state = new Track(change.side(), change.entryPrice(), pnl, fees, at, at, startPnl, startFees);
        }
        return new Step(state, closed);
    }
}
