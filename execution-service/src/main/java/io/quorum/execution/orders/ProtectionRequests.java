package io.quorum.execution.orders;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.orders.PositionProtectionRequested;
import io.quorum.execution.market.MarketMarks;
import io.quorum.execution.platform.Outbox;
import io.quorum.execution.platform.ProcessedEvents;
import io.quorum.execution.positions.Position;
import io.quorum.execution.positions.Positions;
import io.quorum.execution.positions.Protection;
import java.time.Instant;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves the stop-loss and take-profit of an open position, as Bybit's trading-stop does: refused when the
 * position is flat (a close got there first) or when a level lies on the wrong side of the last price (it would
 * fire at once). Either way the answer is a {@code PositionChanged} with the levels the position now holds and
 * the reason, in one transaction with the change, once per request.
 */
public class ProtectionRequests implements PositionProtection {

    private final ProcessedEvents processedEvents;
    private final Positions positions;
    private final MarketMarks marks;
    private final Outbox outbox;

    public ProtectionRequests(ProcessedEvents processedEvents, Positions positions, MarketMarks marks, Outbox outbox) {
        this.processedEvents = processedEvents;
        this.positions = positions;
        this.marks = marks;
        this.outbox = outbox;
    }

    @Override
    @Transactional
    public void request(Envelope<PositionProtectionRequested> envelope) {
        if (!processedEvents.firstDelivery(envelope.eventId())) {
            return;
        }
        PositionProtectionRequested request = envelope.payload();
        Instant at = envelope.occurredAt();
        Positions.Protected held = positions.lockProtected(request.userId(), request.botId(), request.symbol());
        Position position = held.position();
        Protection current = held.protection();
        Protection requested = new Protection(request.stopLoss(), request.takeProfit());
        if (position.isFlat()) {
            outbox.add(envelope.cause(position.changed(Protection.NONE, "protection not set: no open position ("
                    + request.reason() + ")"), at));
            return;
        }
        Optional<String> refusal = marks.lastPrice(request.symbol()).flatMap(last -> requested.refusalAt(position.side(), last));
        if (refusal.isPresent()) {
            outbox.add(envelope.cause(position.changed(current, "protection refused: " + refusal.get() + "; kept "
                    + current + " (" + request.reason() + ")"), at));
            return;
        }
        positions.save(position, requested, at);
        outbox.add(envelope.cause(position.changed(requested, "protection set: " + requested + " (" + request.reason()
                + ")"), at));
    }
}
