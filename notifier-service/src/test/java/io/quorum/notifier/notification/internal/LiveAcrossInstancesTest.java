package io.quorum.notifier.notification.internal;

import static io.quorum.notifier.SampleEvents.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.event.Topics;
import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.notifier.NotifierInstance;
import io.quorum.notifier.NotifierScenarioTest;
import io.quorum.notifier.SampleEvents;
import io.quorum.testkit.CollectingWebSocket;
import io.quorum.testkit.EventProbe;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import tools.jackson.databind.JsonNode;

/**
 * Two notifier instances on one broker and one database: this test's Spring context (instance 1) consumes the events;
 * instance 2 consumes none (its listeners do not start, as when the group gave instance 1 the partition) and holds the
 * browsers' sockets. What instance 1 notifies reaches instance 2's sockets through PostgreSQL, once, to its user only.
 */
class LiveAcrossInstancesTest extends NotifierScenarioTest {

    private static EventProbe probe;
    private static ConfigurableApplicationContext second;

    @LocalServerPort
    int port;
    @Autowired
    LiveRelay relayOfFirst;

    @BeforeAll
    static void startSecondInstance() {
        probe = EventProbe.on(Topics.BOT_LIFECYCLE_NAME);
        second = NotifierInstance.start("notifier", Map.of(
                "quorum.gateway.secret", SECRET,
                "quorum.notifier.telegram.base-url", TELEGRAM.baseUrl(),
                "quorum.notifier.delivery.read-timeout", "PT60S",
                "quorum.notifier.delivery.lease", "PT15M",
                "spring.kafka.listener.auto-startup", false,
                "quorum.notifier.telegram.commands.enabled", false));
    }

    @AfterAll
    static void stopSecondInstance() throws InterruptedException {
        if (second != null) {
            second.close();
        }
        probe.close();
    }

    /** A browser tab as the gateway forwards it. */
    private static CollectingWebSocket connect(int port, UserId user) throws Exception {
        return CollectingWebSocket.connect(URI.create("ws://localhost:" + port + "/ws/notifications"),
                Map.of(GatewayHeaders.SECRET, SECRET, GatewayHeaders.USER_ID, user.toString()), Duration.ofSeconds(60));
    }

    private static List<String> eventIds(CollectingWebSocket tab) {
        return tab.messages().stream().map(m -> m.path("eventId").asString()).toList();
    }

    @Test
    void aNotificationMadeByOneInstanceIsPushedOnceToItsUsersSocketOnAnother() throws Exception {
        assertThat(second.getBean(KafkaListenerEndpointRegistry.class).getListenerContainers())
                .as("instance 2 consumes nothing").noneMatch(container -> container.isRunning());
        LiveSockets socketsOfSecond = second.getBean(LiveSockets.class);
        LiveRelay relayOfSecond = second.getBean(LiveRelay.class);
        UserId alice = UserId.random();
        UserId bob = UserId.random();
        CollectingWebSocket aliceOnSecond = connect(NotifierInstance.port(second), alice);
        CollectingWebSocket bobOnSecond = connect(NotifierInstance.port(second), bob);
        CollectingWebSocket bobOnFirst = connect(port, bob);
        await().atMost(Duration.ofSeconds(60)).until(() -> socketsOfSecond.sessionsOf(alice) == 1
                && socketsOfSecond.sessionsOf(bob) == 1 && relayOfSecond.listening() && relayOfFirst.listening());

        var aliceStarted = at(SampleEvents.started(alice, BotId.random()), 0);
        probe.publish(aliceStarted);

        await().atMost(Duration.ofSeconds(60)).until(() -> aliceOnSecond.texts().size() == 1);
        JsonNode pushed = aliceOnSecond.messages().getFirst();
        assertThat(pushed.path("eventId").asString()).isEqualTo(aliceStarted.eventId().toString());
        assertThat(pushed.path("kind").asString()).isEqualTo("BOT_STARTED");
        assertThat(pushed.path("text").asString()).isEqualTo(SampleEvents.STARTED_TEXT);
        assertThat(pushed.path("id").asLong()).isEqualTo(history(alice).get(0).path("id").asLong());

        // Bob's event, pushed to both his sockets, comes after Alice's in each relay: once Bob has it, Alice's push
        // is over, and nobody got what was not theirs
        var bobStopped = at(SampleEvents.stopped(bob, BotId.random()), 1);
        probe.publish(bobStopped);
        bobOnSecond.awaitTexts(1, Duration.ofSeconds(60));
        bobOnFirst.awaitTexts(1, Duration.ofSeconds(60));
        assertThat(eventIds(bobOnSecond)).containsExactly(bobStopped.eventId().toString());
        assertThat(eventIds(bobOnFirst)).containsExactly(bobStopped.eventId().toString());
        assertThat(eventIds(aliceOnSecond)).as("pushed once").containsExactly(aliceStarted.eventId().toString());

        aliceOnSecond.close();
        bobOnFirst.close();
        bobOnSecond.close();
    }
}
