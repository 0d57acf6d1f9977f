package io.quorum.allocation;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.testkit.EventProbe;
import org.junit.jupiter.api.AfterEach;

/** A flow on the embedded Kafka for one fresh user and bot, watching the decisions the allocation publishes. */
public abstract class OneBotScenario extends AllocationServiceTest {

    protected final EventProbe probe = EventProbe.on(Topics.ORDER_DECISIONS_NAME);
    protected final UserId user = UserId.random();
    protected final BotId bot = BotId.random();

    @AfterEach
    void closeProbe() throws InterruptedException {
        probe.close();
    }

    /** Sends the bot's intent for this order and waits for its approval. */
    protected OrderApproved approve(OrderSpec order) {
        var intent = Envelope.originating(new OrderIntentCreated(IntentId.random(), user, bot, order, null), MARKET_TIME);
        probe.publish(intent);
        return probe.awaitEvent(OrderApproved.class, e -> e.intentId().equals(intent.payload().intentId()));
    }
}
