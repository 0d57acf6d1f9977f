package io.quorum.execution.orders;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.orders.BotTradingHalted;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.PositionProtectionRequested;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * The decisions topic: approvals are placed, halts clear the bot, protection requests move a position's
 * stop-loss and take-profit. Rejections and releases are not ours.
 */
public class DecisionsListener {

    private final Placement placement;
    private final BotClearing halts;
    private final PositionProtection protection;

    public DecisionsListener(Placement placement, BotClearing halts, PositionProtection protection) {
        this.placement = placement;
        this.halts = halts;
        this.protection = protection;
    }

    @KafkaListener(topics = Topics.ORDER_DECISIONS_NAME)
    @SuppressWarnings("unchecked")
    public void on(Envelope<?> envelope) {
        switch (envelope.payload()) {
            case OrderApproved approved -> placement.place((Envelope<OrderApproved>) envelope);
            case BotTradingHalted halted -> halts.halt((Envelope<BotTradingHalted>) envelope);
            case PositionProtectionRequested request -> protection.request((Envelope<PositionProtectionRequested>) envelope);
            default -> {
            }
        }
    }
}
