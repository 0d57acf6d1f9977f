package io.quorum.allocation.lifecycle;

import io.quorum.allocation.budgets.BudgetStarts;
import io.quorum.allocation.ledger.jdbc.BotOwners;
import io.quorum.allocation.platform.Envelopes;
import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.BotStopRequested;
import io.quorum.contracts.event.BotScoped;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.event.UserScoped;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Learns whose each bot is from every event of the topic that names a bot and its user ({@link BotOwners}: BotCreated
 * first), hands stop requests to {@link BotStops}, and confirms with BotStarted that the registry did start the bot its
 * budget was reserved for over REST ({@link BudgetStarts}); nothing else of the topic is used.
 */
public class LifecycleListener {

    private final BotStops stops;
    private final BudgetStarts starts;
    private final BotOwners owners;

    public LifecycleListener(BotStops stops, BudgetStarts starts, BotOwners owners) {
        this.stops = stops;
        this.starts = starts;
        this.owners = owners;
    }

    @KafkaListener(topics = Topics.BOT_LIFECYCLE_NAME)
    void on(Envelope<?> envelope) {
        if (envelope.payload() instanceof BotScoped bot && envelope.payload() instanceof UserScoped user) {
            owners.learn(bot.botId(), user.userId()); // idempotent: a bot's user never changes
        }
        if (envelope.payload() instanceof BotStopRequested) {
            stops.halt(Envelopes.as(envelope, BotStopRequested.class));
        } else if (envelope.payload() instanceof BotStarted started) {
            // idempotent: a redelivery confirms what is confirmed already
            starts.confirm(started.botId(), envelope.occurredAt());
        }
    }
}
