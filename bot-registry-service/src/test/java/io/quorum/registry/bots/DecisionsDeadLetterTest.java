package io.quorum.registry.bots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.orders.BotBudgetReleased;
import io.quorum.registry.RegistryScenario;
import io.quorum.registry.platform.MessagingConfiguration;
import io.quorum.testkit.EventProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The registry's own consumer of the decisions topic dead-letters what it cannot read and keeps going. */
class DecisionsDeadLetterTest extends RegistryScenario {

    private final UserId alice = UserId.random();

    @Test
    void anUnreadableDecisionGoesToTheDeadLetterTopicAndTheNextReleaseStillStopsTheBot() throws Exception {
        BotId bot = BotId.of(post("/api/bots", alice, BotCreationTest.validGridBot("grid")).text("id"));
        assertThat(post("/api/bots/" + bot + "/start", alice, null).status()).isEqualTo(200);
        assertThat(post("/api/bots/" + bot + "/stop", alice, null).status()).isEqualTo(202);
        String deadLetters = Topics.ORDER_DECISIONS.deadLetterTopic();

        try (EventProbe probe = EventProbe.on(deadLetters)) {
            // same key as the release after it: one partition, so the poison is met first
            probe.publishRaw(Topics.ORDER_DECISIONS_NAME, alice.toString(), "{not json".getBytes(StandardCharsets.UTF_8));
            probe.publish(Envelope.originating(new BotBudgetReleased(alice, bot, Money.of("1000")), Instant.now()));

            await().atMost(Duration.ofSeconds(60)).until(() -> "STOPPED".equals(get("/api/bots/" + bot, alice).text("status")));
            var deadLetter = await().atMost(Duration.ofSeconds(60)).until(
                    () -> probe.records(deadLetters).stream().filter(r -> alice.toString().equals(r.key())).toList(),
                    records -> !records.isEmpty()).getFirst();
            assertThat(new String(deadLetter.headers().lastHeader(MessagingConfiguration.DEAD_LETTER_REASON).value(),
                    StandardCharsets.UTF_8)).contains("not JSON");
        }
    }
}
