package io.quorum.signal.cycle;

import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.BotStopRequested;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.PositionChanged;
import io.quorum.signal.bots.AiBots;
import io.quorum.signal.bots.Positions;
import io.quorum.signal.platform.ProcessedEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Keeps the AI bots, their positions and their trade journal as the lifecycle and positions topics tell them, once per event. */
public class BotEvents {

    private final ProcessedEvents processed;
    private final TransactionTemplate transactions;
    private final AiBots bots;
    private final Positions positions;
    private final LossReview reviews;

    public BotEvents(ProcessedEvents processed, TransactionTemplate transactions, AiBots bots, Positions positions,
                     LossReview reviews) {
        this.processed = processed;
        this.transactions = transactions;
        this.bots = bots;
        this.positions = positions;
        this.reviews = reviews;
    }

    public void started(Envelope<?> envelope, BotStarted started) {
        once(envelope, () -> bots.started(started, envelope.occurredAt()));
    }

    /** From here on the bot decides nothing: a decision under way checks the status again before it commits. */
    public void stopRequested(Envelope<?> envelope, BotStopRequested stop) {
        once(envelope, () -> bots.stopped(stop.botId(), envelope.occurredAt()));
    }

    /**
     * A change that closes a trade journals it in the same transaction; a losing trade is then reviewed after the
     * commit — also on a redelivery, which finds the review still pending if the first attempt died before it.
     */
    public void positionChanged(Envelope<?> envelope, PositionChanged change) {
        once(envelope, () -> positions.changed(change, envelope.occurredAt())
                .ifPresent(trade -> reviews.closed(trade, envelope.eventId())));
        reviews.reviewPending(envelope.eventId());
    }

    private void once(Envelope<?> envelope, Runnable effect) {
        transactions.executeWithoutResult(status -> {
            if (processed.firstDelivery(envelope.eventId())) {
                effect.run();
            }
        });
    }
}
