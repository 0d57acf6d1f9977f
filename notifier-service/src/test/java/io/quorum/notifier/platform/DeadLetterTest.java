package io.quorum.notifier.platform;

import static io.quorum.notifier.SampleEvents.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.notifier.NotifierScenarioTest;
import io.quorum.notifier.SampleEvents;
import io.quorum.testkit.EventProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import org.junit.jupiter.api.Test;

/** Adapted from the registry's: the notifier's own consumer dead-letters poison on the executions topic and keeps going. */
class DeadLetterTest extends NotifierScenarioTest {

    @Test
    void unreadableRecordsGoToTheDeadLetterTopicWithTheReasonAndTheConsumerKeepsGoing() throws Exception {
        try (EventProbe probe = EventProbe.on(Topics.EXECUTIONS.deadLetterTopic())) {
            UserId user = UserId.random();
            String key = user.toString();
            probe.publishRaw(Topics.EXECUTIONS_NAME, key, "{not json".getBytes(StandardCharsets.UTF_8));
            probe.publishRaw(Topics.EXECUTIONS_NAME, key,
                    "{\"type\":\"order.exploded.v9\",\"payload\":{}}".getBytes(StandardCharsets.UTF_8));
            probe.publish(at(SampleEvents.filled(user, BotId.random()), 0));

            awaitHistory(user, history -> history.size() == 1);
            await().atMost(Duration.ofSeconds(60)).until(() -> probe.records(Topics.EXECUTIONS.deadLetterTopic()).size() == 2);
            var reasons = new HashMap<String, String>();
            probe.records(Topics.EXECUTIONS.deadLetterTopic()).forEach(record -> reasons.put(
                    new String(record.value(), StandardCharsets.UTF_8),
                    new String(record.headers().lastHeader(MessagingConfiguration.DEAD_LETTER_REASON).value(), StandardCharsets.UTF_8)));
            assertThat(reasons.get("{not json")).contains("not JSON");
            assertThat(reasons.get("{\"type\":\"order.exploded.v9\",\"payload\":{}}")).contains("unknown event type 'order.exploded.v9'");
        }
    }
}
