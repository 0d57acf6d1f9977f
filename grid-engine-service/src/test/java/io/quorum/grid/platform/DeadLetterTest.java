package io.quorum.grid.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.GridSpacing;
import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.grid.GridServiceTest;
import io.quorum.testkit.EventProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class DeadLetterTest extends GridServiceTest {

    @Test
    void unreadableLifecycleRecordsGoToTheDeadLetterTopicWithTheReasonAndTheConsumerKeepsGoing() throws Exception {
        String dlt = Topics.BOT_LIFECYCLE.deadLetterTopic();
        String notJsonKey = "poison-" + UUID.randomUUID();
        String unknownTypeKey = "poison-" + UUID.randomUUID();
        UserId user = UserId.random();
        BotId bot = BotId.random();
        var valid = Envelope.originating(new BotStarted(bot, user, "after the poison", BotKind.GRID, Symbol.of("ETHUSDT"),
                Money.of("1000"), 1, new GridSpec(Price.of("2000"), Price.of("3000"), 5, GridSpacing.ARITHMETIC)), Instant.now());
        try (EventProbe probe = EventProbe.on(dlt)) {
            probe.publishRaw(Topics.BOT_LIFECYCLE_NAME, notJsonKey, "{not json".getBytes(StandardCharsets.UTF_8));
            probe.publishRaw(Topics.BOT_LIFECYCLE_NAME, unknownTypeKey,
                    "{\"type\":\"bot.exploded.v9\",\"payload\":{}}".getBytes(StandardCharsets.UTF_8));
            probe.publish(valid);

            await().atMost(Duration.ofSeconds(60)).until(() -> gridExists(user, bot));
            Map<String, String> reasons = new HashMap<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, byte[]> record : probe.records(dlt)) {
                    var reason = record.headers().lastHeader(MessagingConfiguration.DEAD_LETTER_REASON);
                    reasons.put(record.key(), new String(reason.value(), StandardCharsets.UTF_8));
                }
                return reasons.containsKey(notJsonKey) && reasons.containsKey(unknownTypeKey);
            });
            assertThat(reasons.get(notJsonKey)).contains("not JSON");
            assertThat(reasons.get(unknownTypeKey)).contains("unknown event type 'bot.exploded.v9'");
        }
    }
}
