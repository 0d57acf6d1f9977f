package io.quorum.registry.bots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.bots.BotStopTriggered;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Price;
import io.quorum.registry.RegistryScenario;
import io.quorum.registry.platform.MessagingConfiguration;
import io.quorum.testkit.EventProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The registry's consumer of bots' stop triggers dead-letters what it cannot read and keeps going. */
class StopTriggersDeadLetterTest extends RegistryScenario {

    private final UserId alice = UserId.random();

    @Test
    void anUnreadableTriggerGoesToTheDeadLetterTopicAndTheNextTriggerStillStopsTheBot() throws Exception {
        BotId bot = BotId.of(post("/api/bots", alice, BotCreationTest.validGridBot("grid")).text("id"));
        assertThat(post("/api/bots/" + bot + "/start", alice, null).status()).isEqualTo(200);
        String deadLetters = Topics.BOT_STOP_TRIGGERS.deadLetterTopic();

        try (EventProbe probe = EventProbe.on(deadLetters)) {
            // same key as the trigger after it: one partition, so the poison is met first
            probe.publishRaw(Topics.BOT_STOP_TRIGGERS_NAME, bot.toString(), "{not json".getBytes(StandardCharsets.UTF_8));
            probe.publish(Envelope.originating(new BotStopTriggered(bot, alice, "take-profit 120000 reached at 120000",
                    Price.of("120000")), Instant.now()));

            await().atMost(Duration.ofSeconds(60)).until(() -> "STOPPING".equals(get("/api/bots/" + bot, alice).text("status")));
            var deadLetter = await().atMost(Duration.ofSeconds(60)).until(
                    () -> probe.records(deadLetters).stream().filter(r -> bot.toString().equals(r.key())).toList(),
                    records -> !records.isEmpty()).getFirst();
            assertThat(new String(deadLetter.headers().lastHeader(MessagingConfiguration.DEAD_LETTER_REASON).value(),
                    StandardCharsets.UTF_8)).contains("not JSON");
        }
    }
}
