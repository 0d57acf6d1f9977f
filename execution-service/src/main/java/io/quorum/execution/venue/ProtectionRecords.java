package io.quorum.execution.venue;

import io.quorum.contracts.bots.BotStopTriggered;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.orders.PositionProtectionRequested;
import io.quorum.execution.platform.Outbox;
import io.quorum.execution.platform.ProcessedEvents;
import io.quorum.execution.positions.Position;
import io.quorum.execution.positions.Positions;
import io.quorum.execution.positions.Protection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two transactions around a live trading-stop, so the call to Bybit runs in neither: {@link #toSend} decides
 * whether the request goes to Bybit at all (answering at once when it cannot: no open position, or another bot of the
 * user holds the symbol too — Bybit keeps one stop per account and symbol), {@link #answered} records Bybit's answer
 * and the PositionChanged it causes, once per request. The event is recorded processed only in the second, so a
 * crash in between sends the same levels again on redelivery (trading-stop is idempotent).
 */
public class ProtectionRecords {

    private final ProcessedEvents processedEvents;
    private final Positions positions;
    private final Outbox outbox;

    public ProtectionRecords(ProcessedEvents processedEvents, Positions positions, Outbox outbox) {
        this.processedEvents = processedEvents;
        this.positions = positions;
        this.outbox = outbox;
    }

    /** The levels to put on Bybit; empty when the request is already answered (now or by an earlier delivery). */
    @Transactional
    public Optional<Protection> toSend(Envelope<PositionProtectionRequested> envelope) {
        if (processedEvents.seen(envelope.eventId())) {
            return Optional.empty();
        }
        PositionProtectionRequested request = envelope.payload();
        Positions.Protected held = positions.lockProtected(request.userId(), request.botId(), request.symbol());
        if (held.position().isFlat()) {
            notSet(envelope, held.position());
            return Optional.empty();
        }
        List<BotId> sharing = positions.othersOpen(request.userId(), request.botId(), request.symbol());
        if (!sharing.isEmpty()) {
            refused(envelope, held, "Bybit keeps one stop-loss and take-profit per symbol and account, and bot "
                    + sharing.getFirst() + " holds " + request.symbol() + " too");
            return Optional.empty();
        }
        return Optional.of(new Protection(request.stopLoss(), request.takeProfit()));
    }

    /** Bybit holds the levels now: the position's are replaced. */
    @Transactional
    public void set(Envelope<PositionProtectionRequested> envelope, Protection requested) {
        if (!processedEvents.firstDelivery(envelope.eventId())) {
            return;
        }
        PositionProtectionRequested request = envelope.payload();
        Positions.Protected held = positions.lockProtected(request.userId(), request.botId(), request.symbol());
        Position position = held.position();
        Instant at = envelope.occurredAt();
        if (position.isFlat()) { // closed while the call was out: Bybit drops a flat position's levels too
            outbox.add(envelope.cause(position.changed(Protection.NONE, "protection not set: no open position ("
                    + request.reason() + ")"), at));
            return;
        }
        positions.save(position, requested, at);
        outbox.add(envelope.cause(position.changed(requested, "protection set on Bybit: " + requested + " ("
                + request.reason() + ")"), at));
    }

    /**
     * Bybit did not take the levels: the position keeps what it had. {@code stopBot} when the account's key is
     * unusable — the bot stops, as an order refused for the key stops it.
     */
    @Transactional
    public void notTaken(Envelope<PositionProtectionRequested> envelope, String why, boolean stopBot) {
        if (!processedEvents.firstDelivery(envelope.eventId())) {
            return;
        }
        PositionProtectionRequested request = envelope.payload();
        Positions.Protected held = positions.lockProtected(request.userId(), request.botId(), request.symbol());
        Instant at = envelope.occurredAt();
        outbox.add(envelope.cause(held.position().changed(held.protection(), "protection refused: " + why + "; kept "
                + held.protection() + " (" + request.reason() + ")"), at));
        if (stopBot) {
            outbox.add(envelope.cause(new BotStopTriggered(request.botId(), request.userId(),
                    "Bybit refused the account's API key, the bot stops: " + why, request.stopLoss()), at));
        }
    }

    private void notSet(Envelope<PositionProtectionRequested> envelope, Position position) {
        if (processedEvents.firstDelivery(envelope.eventId())) {
            outbox.add(envelope.cause(position.changed(Protection.NONE, "protection not set: no open position ("
                    + envelope.payload().reason() + ")"), envelope.occurredAt()));
        }
    }

    private void refused(Envelope<PositionProtectionRequested> envelope, Positions.Protected held, String why) {
        if (processedEvents.firstDelivery(envelope.eventId())) {
            outbox.add(envelope.cause(held.position().changed(held.protection(), "protection refused: " + why + "; kept "
                    + held.protection() + " (" + envelope.payload().reason() + ")"), envelope.occurredAt()));
        }
    }
}
