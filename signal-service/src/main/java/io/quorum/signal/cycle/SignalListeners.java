package io.quorum.signal.cycle;

import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.BotStopRequested;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.market.CandleClosed;
import io.quorum.signal.platform.OutboxRelay;
import org.springframework.kafka.annotation.KafkaListener;

/** Thin: picks the events the decision cycle cares about and hands each to one method. */
public class SignalListeners {

    private final BotEvents bots;
    private final DecisionCycle cycle;
    private final OutboxRelay relay;

    public SignalListeners(BotEvents bots, DecisionCycle cycle, OutboxRelay relay) {
        this.bots = bots;
        this.cycle = cycle;
        this.relay = relay;
    }

    @KafkaListener(topics = Topics.BOT_LIFECYCLE_NAME)
    void lifecycle(Envelope<?> envelope) {
        switch (envelope.payload()) {
            case BotStarted started when started.kind() == BotKind.AI_TREND -> bots.started(envelope, started);
            case BotStopRequested stop -> bots.stopRequested(envelope, stop);
            default -> { }
        }
    }

    @KafkaListener(topics = Topics.CANDLES_NAME)
    void candles(Envelope<?> envelope) {
        if (envelope.payload() instanceof CandleClosed candle) {
            cycle.onCandle(envelope, candle);
            // the bots decided on worker threads, whose commits only wake the relay: publish their decisions and
            // intents here, before the candle's offset is committed, as the lockstep replay's barrier relies on
            relay.flush();
        }
    }

    @KafkaListener(topics = Topics.POSITIONS_NAME)
    void positions(Envelope<?> envelope) {
        if (envelope.payload() instanceof PositionChanged change) {
            bots.positionChanged(envelope, change);
        }
    }
}
