package io.quorum.notifier.delivery;

import static io.quorum.notifier.SampleEvents.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.notifier.NotifierScenarioTest;
import io.quorum.notifier.SampleEvents;
import io.quorum.testkit.EventProbe;
import io.quorum.testkit.WebhookRecorder;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Each channel has its own worker, and within a channel each user has at most one message in flight; the scenario
 * settings cap each user at 10 messages a minute per channel.
 */
class ChannelIsolationAndCapTest extends NotifierScenarioTest {

    private static EventProbe probe;

    @BeforeAll
    static void openProbe() {
        probe = EventProbe.on(Topics.BOT_LIFECYCLE_NAME);
    }

    @AfterAll
    static void closeProbe() throws InterruptedException {
        probe.close();
    }

    @Test
    void aSlackWebhookThatHangsDoesNotHoldUpTelegram() throws Exception {
        try (WebhookRecorder slack = WebhookRecorder.slack()) {
            slack.holdAnswers();
            UserId user = UserId.random();
            configureBoth(user, slack.baseUrl() + "/services/hangs", chatIdOf(user));

            probe.publish(at(SampleEvents.stopped(user, BotId.random()), 0));

            // Telegram delivers while the Slack request is still unanswered: its worker did not wait for Slack's
            await().atMost(Duration.ofSeconds(60)).until(() -> slack.arrivedCalls() >= 1
                    && telegramMessagesTo(chatIdOf(user)).size() == 1);
            JsonNode deliveries = awaitHistory(user, h -> h.size() == 1 && h.get(0).path("deliveries").valueStream()
                    .anyMatch(d -> d.path("channel").asString().equals("TELEGRAM")
                            && d.path("status").asString().equals("DELIVERED"))).get(0).path("deliveries");
            JsonNode slackDelivery = deliveries.valueStream()
                    .filter(d -> d.path("channel").asString().equals("SLACK")).findFirst().orElseThrow();
            assertThat(slackDelivery.path("status").asString()).isEqualTo("PENDING");
            assertThat(slackDelivery.path("attempts").asInt()).as("Slack's attempt is still under way").isZero();
            assertThat(slack.accepted()).isEmpty();
        }
    }

    @Test
    void oneUsersHangingSlackWebhookDoesNotHoldUpAnotherUsersSlackMessages() throws Exception {
        try (WebhookRecorder slackOfA = WebhookRecorder.slack(); WebhookRecorder slackOfB = WebhookRecorder.slack()) {
            slackOfA.holdAnswers();
            UserId a = UserId.random();
            UserId b = UserId.random();
            configureSlackOnly(a, slackOfA.baseUrl() + "/services/hangs");
            configureSlackOnly(b, slackOfB.baseUrl() + "/services/answers");

            for (int minute = 0; minute < 3; minute++) {
                probe.publish(at(SampleEvents.stopped(a, BotId.random()), minute));
                probe.publish(at(SampleEvents.stopped(b, BotId.random()), minute));
            }

            // all of B's messages go through the Slack worker while A's first request is still unanswered, and A has
            // only that one in flight: the hanging webhook holds A's place, not the channel
            await().atMost(Duration.ofSeconds(60)).until(() -> slackOfB.accepted().size() == 3
                    && slackOfA.arrivedCalls() == 1);
            JsonNode historyOfA = awaitHistory(a, h -> h.size() == 3);
            assertThat(statusCount(historyOfA, "PENDING")).isEqualTo(3);
            assertThat(historyOfA.valueStream().flatMap(n -> n.path("deliveries").valueStream())
                    .mapToInt(d -> d.path("attempts").asInt()).sum()).as("A's first attempt is still under way").isZero();
            assertThat(slackOfA.accepted()).isEmpty();
            assertThat(slackOfA.arrivedCalls()).isEqualTo(1);

            slackOfA.releaseAnswers();

            // then A's three arrive too, each once, on its first attempt
            await().atMost(Duration.ofSeconds(60)).until(() -> slackOfA.accepted().size() == 3);
            JsonNode delivered = awaitHistory(a, h -> statusCount(h, "DELIVERED") == 3);
            assertThat(delivered.valueStream().flatMap(n -> n.path("deliveries").valueStream())
                    .map(d -> d.path("attempts").asInt())).containsOnly(1);
            assertThat(slackOfA.arrivedCalls()).isEqualTo(3);
            assertThat(slackOfA.accepted().stream().map(WebhookRecorder.Received::body).distinct()).hasSize(3);
            assertThat(slackOfB.accepted()).hasSize(3);
        }
    }

    @Test
    void messagesOverTheUsersPerMinuteCapWaitAndAreAllDeliveredInTheEnd() throws Exception {
        try (WebhookRecorder slack = WebhookRecorder.slack()) {
            UserId user = UserId.random();
            configureSlackOnly(user, slack.baseUrl() + "/services/busy");

            for (int minute = 0; minute < 13; minute++) {
                probe.publish(at(SampleEvents.stopped(user, BotId.random()), minute));
            }

            // ten go at once; the other three wait, shown as deferred, none dropped
            JsonNode history = awaitHistory(user, h -> h.size() == 13 && statusCount(h, "DELIVERED") == 10
                    && statusCount(h, "PENDING") == 3 && deferredCount(h) == 3);
            assertThat(slack.accepted()).hasSize(10);
            assertThat(statusCount(history, "FAILED")).isZero();

            await().atMost(Duration.ofMinutes(4)).until(() -> slack.accepted().size() == 13);
            assertThat(statusCount(awaitHistory(user, h -> statusCount(h, "DELIVERED") == 13), "DELIVERED")).isEqualTo(13);
        }
    }

    private static long statusCount(JsonNode history, String status) {
        return history.valueStream().flatMap(n -> n.path("deliveries").valueStream())
                .filter(d -> d.path("status").asString().equals(status)).count();
    }

    private static long deferredCount(JsonNode history) {
        return history.valueStream().flatMap(n -> n.path("deliveries").valueStream())
                .filter(d -> d.path("lastError").asString("").startsWith("deferred:")).count();
    }
}
