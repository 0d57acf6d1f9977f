package io.quorum.execution.orders;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.orders.BotTradingHalted;
import io.quorum.contracts.orders.OrderApproved;
import org.springframework.kafka.annotation.KafkaListener;

/** The allocation's decisions: approvals are placed, halts clear the bot. Rejections and releases are not ours. */
public class DecisionsListener {

    private final OrderPlacement placement;
    private final BotHalts halts;

    public DecisionsListener(OrderPlacement placement, BotHalts halts) {
        this.placement = placement;
        this.halts = halts;
    }

    @KafkaListener(topics = Topics.ORDER_DECISIONS_NAME)
    @SuppressWarnings("unchecked")
    public void on(Envelope<?> envelope) {
        switch (envelope.payload()) {
            case OrderApproved approved -> placement.place((Envelope<OrderApproved>) envelope);
            case BotTradingHalted halted -> halts.halt((Envelope<BotTradingHalted>) envelope);
            default -> {
            }
        }
    }
}
