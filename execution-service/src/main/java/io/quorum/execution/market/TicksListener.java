package io.quorum.execution.market;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.market.TickObserved;
import org.springframework.kafka.annotation.KafkaListener;

/** Ticks drive the paper venue. */
public class TicksListener {

    private final TickMatching matching;

    public TicksListener(TickMatching matching) {
        this.matching = matching;
    }

    @KafkaListener(topics = Topics.TICKS_NAME)
    @SuppressWarnings("unchecked")
    public void on(Envelope<?> envelope) {
        if (envelope.payload() instanceof TickObserved) {
            matching.onTick((Envelope<TickObserved>) envelope);
        }
    }
}
