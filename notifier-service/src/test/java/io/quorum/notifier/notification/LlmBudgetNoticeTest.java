package io.quorum.notifier.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.CorrelationId;
import io.quorum.contracts.ids.EventId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.signals.LlmBudgetExhausted;
import io.quorum.notifier.NotifierScenarioTest;
import io.quorum.testkit.EventProbe;
import io.quorum.testkit.WebhookRecorder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The signal service's notice that a user's daily LLM call budget is spent, on the user's Slack and Telegram. */
class LlmBudgetNoticeTest extends NotifierScenarioTest {

    static final String TEXT = "Your daily LLM call budget for 2025-06-21 (UTC, market time) is spent: 2 of 2 calls used. "
            + "Until the day ends, AI bots whose LLM voters no longer fit in it decide with their technical voters alone, "
            + "and losing trades are not reviewed.";

    private static EventProbe probe;

    @BeforeAll
    static void openProbe() {
        probe = EventProbe.on(Topics.SIGNAL_NOTICES_NAME);
    }

    @AfterAll
    static void closeProbe() throws InterruptedException {
        probe.close();
    }

    @Test
    void aSpentBudgetIsToldOnceOnEveryChannelOfTheUserEvenWhenTheNoticeIsDeliveredTwice() throws Exception {
        UserId user = UserId.random();
        String slackPath = "/services/" + user;
        configureBoth(user, SLACK.baseUrl() + slackPath, chatIdOf(user));
        Envelope<LlmBudgetExhausted> spent = notice(user, "2025-06-21", 2, 2);

        probe.publish(spent);
        probe.publish(spent);
        // the next day's notice follows on the user's partition: once it is delivered, the redelivery was handled
        probe.publish(notice(user, "2025-06-22", 2, 0));

        await().atMost(Duration.ofSeconds(60)).until(() -> slackTo(slackPath).size() == 2
                && telegramMessagesTo(chatIdOf(user)).size() == 2);
        assertThat(textsOf(slackTo(slackPath))).containsOnlyOnce(TEXT).hasSize(2);
        assertThat(textsOf(telegramMessagesTo(chatIdOf(user)))).containsOnlyOnce(TEXT).hasSize(2);

        JsonNode history = awaitHistory(user, h -> NotificationFlowTest.allDelivered(h, 2));
        JsonNode first = history.get(1);
        assertThat(first.path("kind").asString()).isEqualTo("LLM_BUDGET_EXHAUSTED");
        assertThat(first.path("text").asString()).isEqualTo(TEXT);
        assertThat(first.path("eventId").asString()).isEqualTo(spent.eventId().toString());
        assertThat(first.path("botId").isNull()).as("news about the user, not one bot").isTrue();
    }

    /** As the signal service publishes it: the event id derived from user and day, event time the refused candle. */
    private static Envelope<LlmBudgetExhausted> notice(UserId user, String day, int limit, int used) {
        return new Envelope<>(EventId.derive("signal", "llm-budget-exhausted", user.toString(), day),
                Instant.parse(day + "T00:15:00Z"), null, CorrelationId.random(),
                new LlmBudgetExhausted(user, LocalDate.parse(day), limit, used));
    }

    private static List<WebhookRecorder.Received> slackTo(String path) {
        return SLACK.accepted().stream().filter(r -> r.path().equals(path)).toList();
    }
}
