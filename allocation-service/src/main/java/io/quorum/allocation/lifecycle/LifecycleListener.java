package io.quorum.allocation.lifecycle;

import io.quorum.allocation.budgets.BudgetStarts;
import io.quorum.allocation.platform.Envelopes;
import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.BotStopRequested;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Hands stop requests to {@link BotStops}, and confirms with BotStarted that the registry did start the bot its
 * budget was reserved for over REST ({@link BudgetStarts}); every other event of the topic is ignored.
 */
public class LifecycleListener {

    private final BotStops stops;
    private final BudgetStarts starts;

    public LifecycleListener(BotStops stops, BudgetStarts starts) {
        this.stops = stops;
        this.starts = starts;
    }

    @KafkaListener(topics = Topics.BOT_LIFECYCLE_NAME)
    void on(Envelope<?> envelope) {
        if (envelope.payload() instanceof BotStopRequested) {
            stops.halt(Envelopes.as(envelope, BotStopRequested.class));
        } else if (envelope.payload() instanceof BotStarted started) {
            // idempotent: a redelivery confirms what is confirmed already
            starts.confirm(started.botId(), envelope.occurredAt());
        }
    }
}
