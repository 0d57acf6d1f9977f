package io.quorum.execution.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.event.Topics;
import io.quorum.contracts.executions.OrderPlaced;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import io.quorum.execution.ExecutionServiceTest;
import io.quorum.testkit.EventProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import org.junit.jupiter.api.Test;

/** Proven through the service's own consumer: after the poison records it still places the next approval. */
class DeadLetterTest extends ExecutionServiceTest {

    @Test
    void unreadableRecordsGoToTheDeadLetterTopicWithTheReasonAndTheConsumerKeepsGoing() throws Exception {
        UserId user = UserId.random();
        String key = user.toString();
        try (EventProbe dead = EventProbe.on(Topics.ORDER_DECISIONS.deadLetterTopic())) {
            var valid = approval(user, BotId.random(),
                    OrderSpec.limit(BTC, Side.BUY, Price.of("1000"), Quantity.of("0.01"), 1, false), now());
            String notJson = "{not json " + key;
            String unknownType = "{\"type\":\"order.exploded.v9\",\"payload\":{},\"k\":\"" + key + "\"}";
            dead.publishRaw(Topics.ORDER_DECISIONS_NAME, key, notJson.getBytes(StandardCharsets.UTF_8));
            dead.publishRaw(Topics.ORDER_DECISIONS_NAME, key, unknownType.getBytes(StandardCharsets.UTF_8));
            dead.publish(valid);

            awaitEnvelope(OrderPlaced.class, p -> p.intentId().equals(valid.payload().intentId()));
            var reasons = new HashMap<String, String>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                dead.records(Topics.ORDER_DECISIONS.deadLetterTopic()).forEach(record -> reasons.put(
                        new String(record.value(), StandardCharsets.UTF_8),
                        new String(record.headers().lastHeader(MessagingConfiguration.DEAD_LETTER_REASON).value(),
                                StandardCharsets.UTF_8)));
                return reasons.containsKey(notJson) && reasons.containsKey(unknownType);
            });
            assertThat(reasons.get(notJson)).contains("not JSON");
            assertThat(reasons.get(unknownType)).contains("unknown event type 'order.exploded.v9'");
        }
    }
}
