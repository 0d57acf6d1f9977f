package io.quorum.allocation.intents;

import io.quorum.allocation.platform.Envelopes;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.orders.OrderIntentCreated;
import org.springframework.kafka.annotation.KafkaListener;

/** Hands every order intent to {@link IntentDecisions}. */
public class IntentListener {

    private final IntentDecisions decisions;

    public IntentListener(IntentDecisions decisions) {
        this.decisions = decisions;
    }

    @KafkaListener(topics = Topics.ORDER_INTENTS_NAME)
    void on(Envelope<?> envelope) {
        if (envelope.payload() instanceof OrderIntentCreated) {
            decisions.decide(Envelopes.as(envelope, OrderIntentCreated.class));
        }
    }
}
