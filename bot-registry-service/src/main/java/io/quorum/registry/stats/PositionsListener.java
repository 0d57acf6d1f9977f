package io.quorum.registry.stats;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.executions.PositionChanged;
import org.springframework.kafka.annotation.KafkaListener;

/** Hears every bot's position change for its stats. Any other event on the topic is not the registry's business. */
public class PositionsListener {

    private final BotResults results;

    public PositionsListener(BotResults results) {
        this.results = results;
    }

    @KafkaListener(topics = Topics.POSITIONS_NAME)
    @SuppressWarnings("unchecked")
    void on(Envelope<?> envelope) {
        if (envelope.payload() instanceof PositionChanged) {
            results.positionChanged((Envelope<PositionChanged>) envelope);
        }
    }
}
