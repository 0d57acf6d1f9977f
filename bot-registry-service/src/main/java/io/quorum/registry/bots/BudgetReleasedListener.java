package io.quorum.registry.bots;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.orders.BotBudgetReleased;
import org.springframework.kafka.annotation.KafkaListener;

/** Hears the allocation release a stopping bot's budget. Every other decision on the topic is not the registry's business. */
public class BudgetReleasedListener {

    private final BotLifecycle lifecycle;

    public BudgetReleasedListener(BotLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @KafkaListener(topics = Topics.ORDER_DECISIONS_NAME)
    @SuppressWarnings("unchecked")
    void on(Envelope<?> envelope) {
        if (envelope.payload() instanceof BotBudgetReleased) {
            lifecycle.budgetReleased((Envelope<BotBudgetReleased>) envelope);
        }
    }
}
