package io.quorum.notifier.delivery;

import static io.quorum.notifier.SampleEvents.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.notifier.NotifierScenarioTest;
import io.quorum.notifier.SampleEvents;
import io.quorum.testkit.EventProbe;
import io.quorum.testkit.WebhookRecorder;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The scenario settings allow 4 attempts, with backoff from 50 ms. */
class DeliveryRetryTest extends NotifierScenarioTest {

    @Autowired
    private MeterRegistry meters;

    private static EventProbe probe;

    @BeforeAll
    static void openProbe() {
        probe = EventProbe.on(Topics.ORDER_DECISIONS_NAME);
    }

    @AfterAll
    static void closeProbe() throws InterruptedException {
        probe.close();
    }

    @Test
    void twoFailuresThenSuccessDeliversOnceAndRecordsTheAttempts() throws Exception {
        try (WebhookRecorder slack = WebhookRecorder.slack()) {
            UserId user = UserId.random();
            configureSlackOnly(user, slack.baseUrl() + "/services/T1/B1/x");
            slack.failNext(2);
            double failedSendsBefore = counted("quorum.notification.sends", "failed");
            double sentBefore = counted("quorum.notification.sends", "sent");
            double retryingBefore = counted("quorum.notification.deliveries", "retrying");
            double deliveredBefore = counted("quorum.notification.deliveries", "delivered");

            probe.publish(at(SampleEvents.rejected(user, BotId.random()), 0));

            JsonNode delivery = awaitDelivery(user, "DELIVERED");
            // the meters: two failed attempts recorded as retrying, then one sent and delivered (at least: the
            // scenario's other deliveries run on the same worker)
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(counted("quorum.notification.sends", "failed") - failedSendsBefore).isGreaterThanOrEqualTo(2);
                assertThat(counted("quorum.notification.sends", "sent") - sentBefore).isGreaterThanOrEqualTo(1);
                assertThat(counted("quorum.notification.deliveries", "retrying") - retryingBefore).isGreaterThanOrEqualTo(2);
                assertThat(counted("quorum.notification.deliveries", "delivered") - deliveredBefore).isGreaterThanOrEqualTo(1);
            });
            assertThat(delivery.path("attempts").asInt()).isEqualTo(3);
            assertThat(delivery.path("lastError").asString()).isEqualTo("HTTP 503: unavailable");
            assertThat(delivery.path("deliveredAt").isNull()).isFalse();
            assertThat(slack.failedCalls()).isEqualTo(2);
            assertThat(slack.accepted()).hasSize(1);
            assertThat(textsOf(slack.accepted()).getFirst()).contains("rejected by BudgetPolicy");
        }
    }

    @Test
    void aChannelThatKeepsFailingEndsFailedWithTheLastError() throws Exception {
        try (WebhookRecorder slack = WebhookRecorder.slack()) {
            UserId user = UserId.random();
            configureSlackOnly(user, slack.baseUrl() + "/services/T1/B1/x");
            slack.failNext(1_000);

            probe.publish(at(SampleEvents.rejected(user, BotId.random()), 0));

            JsonNode delivery = awaitDelivery(user, "FAILED");
            assertThat(delivery.path("attempts").asInt()).isEqualTo(4);
            assertThat(delivery.path("lastError").asString()).isEqualTo("HTTP 503: unavailable");
            assertThat(slack.failedCalls()).isEqualTo(4);
            assertThat(slack.accepted()).isEmpty();

            // after the last try: one dead letter, readable by its user only
            JsonNode page = JSON.readTree(mvc.perform(as(user, get("/api/notifications/dead-letters")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(page.path("next").isNull()).isTrue();
            JsonNode deadLetters = page.path("items");
            assertThat(deadLetters).hasSize(1);
            assertThat(deadLetters.get(0).path("channel").asString()).isEqualTo("SLACK");
            assertThat(deadLetters.get(0).path("kind").asString()).isEqualTo("ORDER_REJECTED");
            assertThat(deadLetters.get(0).path("attempts").asInt()).isEqualTo(4);
            assertThat(deadLetters.get(0).path("lastError").asString()).isEqualTo("HTTP 503: unavailable");
            assertThat(deadLetters.get(0).path("text").asString()).contains("rejected by BudgetPolicy");
            assertThat(JSON.readTree(mvc.perform(as(UserId.random(), get("/api/notifications/dead-letters")))
                    .andReturn().getResponse().getContentAsString()).path("items")).isEmpty();
        }
    }

    @Test
    void deadLettersComeAPageAtATimeNewestFirstAndOnlyToTheirUser() throws Exception {
        try (WebhookRecorder slack = WebhookRecorder.slack()) {
            UserId user = UserId.random();
            configureSlackOnly(user, slack.baseUrl() + "/services/T1/B1/x");
            slack.failNext(1_000);
            for (int minute : new int[] {1, 3, 2}) {
                probe.publish(at(SampleEvents.rejected(user, BotId.random()), minute));
            }
            awaitHistory(user, h -> h.size() == 3 && StreamSupport.stream(h.spliterator(), false)
                    .allMatch(n -> n.path("deliveries").path(0).path("status").asString().equals("FAILED")));

            JsonNode first = deadLetters(user, "2", null);
            assertThat(first.path("items")).hasSize(2);
            assertThat(first.path("next").isString()).isTrue();
            JsonNode second = deadLetters(user, "2", first.path("next").asString());
            assertThat(second.path("items")).hasSize(1);
            assertThat(second.path("next").isNull()).isTrue();
            List<Long> ids = new ArrayList<>();
            List<Instant> failedAt = new ArrayList<>();
            for (JsonNode page : List.of(first, second)) {
                page.path("items").forEach(letter -> {
                    ids.add(letter.path("id").asLong());
                    failedAt.add(Instant.parse(letter.path("failedAt").asString()));
                });
            }
            assertThat(ids).as("every dead letter once").doesNotHaveDuplicates().hasSize(3);
            assertThat(failedAt).as("newest first").isSortedAccordingTo(Comparator.reverseOrder());
            // the owner's cursor in another user's hands marks nothing of theirs
            assertThat(deadLetters(UserId.random(), "2", first.path("next").asString()).path("items")).isEmpty();
        }
    }

    @Test
    void aBadLimitOrCursorOfTheDeadLettersIsABadRequestNamingIt() throws Exception {
        for (String limit : new String[] {"0", "201", "ten", "-1", ""}) {
            mvc.perform(as(UserId.random(), get("/api/notifications/dead-letters").param("limit", limit)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("limit"));
        }
        for (String cursor : new String[] {"%%%", "", "YWJj"}) {
            mvc.perform(as(UserId.random(), get("/api/notifications/dead-letters").param("cursor", cursor)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("cursor"));
        }
    }

    private JsonNode deadLetters(UserId user, String limit, String cursor) throws Exception {
        var request = get("/api/notifications/dead-letters").param("limit", limit);
        if (cursor != null) {
            request.param("cursor", cursor);
        }
        return JSON.readTree(mvc.perform(as(user, request)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void anUnreachableWebhookIsRetriedAsAnIoErrorAndThenFails() throws Exception {
        UserId user = UserId.random();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        configureSlackOnly(user, "http://127.0.0.1:" + closedPort + "/services/T1/B1/x");

        probe.publish(at(SampleEvents.rejected(user, BotId.random()), 0));

        JsonNode delivery = awaitDelivery(user, "FAILED");
        assertThat(delivery.path("attempts").asInt()).isEqualTo(4);
        assertThat(delivery.path("lastError").asString()).startsWith("I/O error: ");
    }

    private JsonNode awaitDelivery(UserId user, String status) {
        JsonNode history = awaitHistory(user, h -> h.size() == 1
                && h.get(0).path("deliveries").path(0).path("status").asString().equals(status));
        return history.get(0).path("deliveries").get(0);
    }

    private double counted(String name, String outcome) {
        var counter = meters.find(name).tag("channel", "slack").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
