package io.quorum.allocation.lifecycle;

import io.quorum.allocation.platform.Envelopes;
import io.quorum.contracts.bots.BotStopRequested;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import org.springframework.kafka.annotation.KafkaListener;

/** Hands stop requests to {@link BotStops}; budgets are reserved over REST, so BotStarted needs nothing here. */
public class LifecycleListener {

    private final BotStops stops;

    public LifecycleListener(BotStops stops) {
        this.stops = stops;
    }

    @KafkaListener(topics = Topics.BOT_LIFECYCLE_NAME)
    void on(Envelope<?> envelope) {
        if (envelope.payload() instanceof BotStopRequested) {
            stops.halt(Envelopes.as(envelope, BotStopRequested.class));
        }
    }
}
