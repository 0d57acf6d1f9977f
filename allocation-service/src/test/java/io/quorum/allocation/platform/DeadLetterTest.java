package io.quorum.allocation.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.allocation.AllocationServiceTest;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.contracts.orders.OrderRejected;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import io.quorum.testkit.EventProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeadLetterTest extends AllocationServiceTest {

    @Test
    void unreadableRecordsGoToTheDeadLetterTopicWithTheReasonAndTheConsumerKeepsGoing() throws Exception {
        String dlt = Topics.ORDER_INTENTS.deadLetterTopic();
        try (EventProbe probe = EventProbe.on(dlt, Topics.ORDER_DECISIONS_NAME)) {
            UserId user = UserId.random();
            String notJson = "{not json " + UUID.randomUUID();
            String unknownType = "{\"type\":\"order.exploded.v9\",\"payload\":{},\"n\":\"" + UUID.randomUUID() + "\"}";
            var order = OrderSpec.limit(Symbol.of("BTCUSDT"), Side.BUY, Price.of("50000"), Quantity.of("0.001"), 1, false);
            var valid = Envelope.originating(new OrderIntentCreated(IntentId.random(), user, BotId.random(), order, null),
                    MARKET_TIME);

            probe.publishRaw(Topics.ORDER_INTENTS_NAME, user.toString(), notJson.getBytes(StandardCharsets.UTF_8));
            probe.publishRaw(Topics.ORDER_INTENTS_NAME, user.toString(), unknownType.getBytes(StandardCharsets.UTF_8));
            probe.publish(valid);

            probe.awaitEvent(OrderRejected.class, e -> e.intentId().equals(valid.payload().intentId()));
            var reasons = new HashMap<String, String>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                probe.records(dlt).forEach(record -> reasons.put(new String(record.value(), StandardCharsets.UTF_8),
                        new String(record.headers().lastHeader(MessagingConfiguration.DEAD_LETTER_REASON).value(),
                                StandardCharsets.UTF_8)));
                return reasons.containsKey(notJson) && reasons.containsKey(unknownType);
            });
            assertThat(reasons.get(notJson)).contains("not JSON");
            assertThat(reasons.get(unknownType)).contains("unknown event type 'order.exploded.v9'");
        }
    }
}
