package io.quorum.registry.bots;

import io.quorum.contracts.bots.BotStopTriggered;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import org.springframework.kafka.annotation.KafkaListener;

/** Hears a bot's own rule ask it to stop (published by the grid engine when a stop-loss or take-profit is crossed). */
public class StopTriggerListener {

    private final BotLifecycle lifecycle;

    public StopTriggerListener(BotLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @KafkaListener(topics = Topics.BOT_STOP_TRIGGERS_NAME)
    @SuppressWarnings("unchecked")
    void on(Envelope<?> envelope) {
        if (envelope.payload() instanceof BotStopTriggered) {
            lifecycle.stopTriggered((Envelope<BotStopTriggered>) envelope);
        }
    }
}
