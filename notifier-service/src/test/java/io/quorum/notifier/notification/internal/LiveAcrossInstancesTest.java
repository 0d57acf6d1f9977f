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
import io.quorum.testkit.EventProbe;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
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
    static final class Tab implements WebSocket.Listener {
        final List<String> received = new CopyOnWriteArrayList<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(partial.toString());
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        List<String> eventIds() {
            return received.stream().map(JSON::readTree).map(m -> m.path("eventId").asString()).toList();
        }
    }

    private static WebSocket connect(int port, Tab tab, UserId user) throws Exception {
        return HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30))
                .header(GatewayHeaders.SECRET, SECRET).header(GatewayHeaders.USER_ID, user.toString())
                .buildAsync(URI.create("ws://localhost:" + port + "/ws/notifications"), tab).get(60, TimeUnit.SECONDS);
    }

    @Test
    void aNotificationMadeByOneInstanceIsPushedOnceToItsUsersSocketOnAnother() throws Exception {
        assertThat(second.getBean(KafkaListenerEndpointRegistry.class).getListenerContainers())
                .as("instance 2 consumes nothing").noneMatch(container -> container.isRunning());
        LiveSockets socketsOfSecond = second.getBean(LiveSockets.class);
        LiveRelay relayOfSecond = second.getBean(LiveRelay.class);
        UserId alice = UserId.random();
        UserId bob = UserId.random();
        Tab aliceOnSecond = new Tab();
        Tab bobOnSecond = new Tab();
        Tab bobOnFirst = new Tab();
        WebSocket a = connect(NotifierInstance.port(second), aliceOnSecond, alice);
        WebSocket b2 = connect(NotifierInstance.port(second), bobOnSecond, bob);
        WebSocket b1 = connect(port, bobOnFirst, bob);
        await().atMost(Duration.ofSeconds(60)).until(() -> socketsOfSecond.sessionsOf(alice) == 1
                && socketsOfSecond.sessionsOf(bob) == 1 && relayOfSecond.listening() && relayOfFirst.listening());

        var aliceStarted = at(SampleEvents.started(alice, BotId.random()), 0);
        probe.publish(aliceStarted);

        await().atMost(Duration.ofSeconds(60)).until(() -> aliceOnSecond.received.size() == 1);
        JsonNode pushed = JSON.readTree(aliceOnSecond.received.getFirst());
        assertThat(pushed.path("eventId").asString()).isEqualTo(aliceStarted.eventId().toString());
        assertThat(pushed.path("kind").asString()).isEqualTo("BOT_STARTED");
        assertThat(pushed.path("text").asString()).isEqualTo(SampleEvents.STARTED_TEXT);
        assertThat(pushed.path("id").asLong()).isEqualTo(history(alice).get(0).path("id").asLong());

        // Bob's event, pushed to both his sockets, comes after Alice's in each relay: once Bob has it, Alice's push
        // is over, and nobody got what was not theirs
        var bobStopped = at(SampleEvents.stopped(bob, BotId.random()), 1);
        probe.publish(bobStopped);
        await().atMost(Duration.ofSeconds(60)).until(() -> bobOnSecond.received.size() >= 1 && bobOnFirst.received.size() >= 1);
        assertThat(bobOnSecond.eventIds()).containsExactly(bobStopped.eventId().toString());
        assertThat(bobOnFirst.eventIds()).containsExactly(bobStopped.eventId().toString());
        assertThat(aliceOnSecond.eventIds()).as("pushed once").containsExactly(aliceStarted.eventId().toString());

        a.abort();
        b1.abort();
        b2.abort();
    }
}
