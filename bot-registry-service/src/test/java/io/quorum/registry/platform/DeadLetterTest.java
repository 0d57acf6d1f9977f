package io.quorum.registry.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.bots.BotStopRequested;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.registry.RegistryApplication;
import io.quorum.testkit.EmbeddedInfrastructure;
import io.quorum.testkit.EventProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

// the recorder listens to the compacted lifecycle topic, on which the registry's pruning of processed_events refuses
// to start (it keeps no processed_events, but pruning cannot tell): this context keeps every id
@SpringBootTest(classes = {RegistryApplication.class, DeadLetterTest.Recorder.class},
        properties = {"spring.config.name=" + RegistryApplication.CONFIG_NAME, "quorum.processed-events.pruning-enabled=false"})
class DeadLetterTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "registry");
    }

    @TestConfiguration
    static class Recorder {
        final List<Envelope<?>> received = new CopyOnWriteArrayList<>();

        @KafkaListener(topics = Topics.BOT_LIFECYCLE_NAME, groupId = "dead-letter-test")
        void on(Envelope<?> envelope) {
            received.add(envelope);
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    Recorder recorder;

    @Test
    void unreadableRecordsGoToTheDeadLetterTopicWithTheReasonAndTheConsumerKeepsGoing() throws Exception {
        try (EventProbe probe = EventProbe.on(Topics.BOT_LIFECYCLE.deadLetterTopic())) {
            var valid = Envelope.originating(new BotStopRequested(BotId.random(), UserId.random(), "test"), Instant.EPOCH);
            probe.publishRaw(Topics.BOT_LIFECYCLE_NAME, "k1", "{not json".getBytes(StandardCharsets.UTF_8));
            probe.publishRaw(Topics.BOT_LIFECYCLE_NAME, "k2",
                    "{\"type\":\"bot.exploded.v9\",\"payload\":{}}".getBytes(StandardCharsets.UTF_8));
            probe.publish(valid);

            await().atMost(Duration.ofSeconds(60)).until(() -> recorder.received.contains(valid));
            await().atMost(Duration.ofSeconds(60)).until(() -> probe.records(Topics.BOT_LIFECYCLE.deadLetterTopic()).size() == 2);
            var reasons = new java.util.HashMap<String, String>();
            probe.records(Topics.BOT_LIFECYCLE.deadLetterTopic()).forEach(record -> reasons.put(
                    new String(record.value(), StandardCharsets.UTF_8),
                    new String(record.headers().lastHeader(MessagingConfiguration.DEAD_LETTER_REASON).value(), StandardCharsets.UTF_8)));
            assertThat(reasons.get("{not json")).contains("not JSON");
            assertThat(reasons.get("{\"type\":\"bot.exploded.v9\",\"payload\":{}}")).contains("unknown event type 'bot.exploded.v9'");
        }
    }
}
