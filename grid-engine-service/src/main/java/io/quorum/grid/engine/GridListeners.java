package io.quorum.grid.engine;

import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.BotStopRequested;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.executions.OrderCancelled;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.OrderRejectedByVenue;
import io.quorum.contracts.market.TickObserved;
import io.quorum.contracts.orders.OrderRejected;
import org.springframework.kafka.annotation.KafkaListener;

/** Thin: picks the events the grid engine cares about and hands each to one {@link GridEngine} method. */
public class GridListeners {

    private final GridEngine engine;

    public GridListeners(GridEngine engine) {
        this.engine = engine;
    }

    @KafkaListener(topics = Topics.BOT_LIFECYCLE_NAME)
    void lifecycle(Envelope<?> envelope) {
        switch (envelope.payload()) {
            case BotStarted started when started.kind() == BotKind.GRID -> engine.startGrid(envelope, started);
            case BotStopRequested stop -> engine.stopGrid(envelope, stop);
            default -> { }
        }
    }

    @KafkaListener(topics = Topics.TICKS_NAME)
    void ticks(Envelope<?> envelope) {
        if (envelope.payload() instanceof TickObserved tick) {
            engine.onTick(envelope, tick);
        }
    }

    @KafkaListener(topics = Topics.ORDER_DECISIONS_NAME)
    void decisions(Envelope<?> envelope) {
        if (envelope.payload() instanceof OrderRejected rejected) {
            engine.onOrderFailed(envelope, rejected.botId(), rejected.intentId());
        }
    }

    @KafkaListener(topics = Topics.EXECUTIONS_NAME)
    void executions(Envelope<?> envelope) {
        switch (envelope.payload()) {
            case OrderFilled filled -> engine.onFill(envelope, filled);
            case OrderCancelled cancelled -> engine.onOrderFailed(envelope, cancelled.botId(), cancelled.intentId());
            case OrderRejectedByVenue refused -> engine.onOrderFailed(envelope, refused.botId(), refused.intentId());
            default -> { }
        }
    }
}
