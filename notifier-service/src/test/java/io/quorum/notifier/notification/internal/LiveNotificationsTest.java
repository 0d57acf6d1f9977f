package io.quorum.notifier.notification.internal;

import static io.quorum.notifier.SampleEvents.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.event.Topics;
import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.notifier.NotifierScenarioTest;
import io.quorum.notifier.SampleEvents;
import io.quorum.testkit.CollectingWebSocket;
import io.quorum.testkit.EventProbe;
import java.net.URI;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The live feed on a real port: each user's sessions get that user's notifications, nobody else's. */
class LiveNotificationsTest extends NotifierScenarioTest {

    private static EventProbe probe;

    @LocalServerPort
    int port;
    @Autowired
    LiveSockets liveSockets;

    @BeforeAll
    static void openProbe() {
        probe = EventProbe.on(Topics.BOT_LIFECYCLE_NAME);
    }

    @AfterAll
    static void closeProbe() throws InterruptedException {
        probe.close();
    }

    /** A browser tab as the gateway forwards it: the user and the secret, no token. */
    private CollectingWebSocket connect(String secret, UserId user) throws Exception {
        return connect(secret, user, "");
    }

    private CollectingWebSocket connect(String secret, UserId user, String query) throws Exception {
        Map<String, String> headers = new HashMap<>();
        if (secret != null) {
            headers.put(GatewayHeaders.SECRET, secret);
        }
        if (user != null) {
            headers.put(GatewayHeaders.USER_ID, user.toString());
        }
        return CollectingWebSocket.connect(URI.create("ws://localhost:" + port + "/ws/notifications" + query), headers,
                Duration.ofSeconds(60));
    }

    @Test
    void eachUserReceivesOnlyTheirOwnNotificationsLive() throws Exception {
        UserId alice = UserId.random();
        UserId bob = UserId.random();
        CollectingWebSocket aliceTab = connect(SECRET, alice);
        CollectingWebSocket aliceOtherTab = connect(SECRET, alice);
        CollectingWebSocket bobTab = connect(SECRET, bob);
        await().atMost(Duration.ofSeconds(60)).until(() -> liveSockets.sessionsOf(alice) == 2 && liveSockets.sessionsOf(bob) == 1);

        var aliceStarted = at(SampleEvents.started(alice, BotId.random()), 0);
        var bobStopped = at(SampleEvents.stopped(bob, BotId.random()), 1);
        probe.publish(aliceStarted);
        probe.publish(bobStopped);

        await().atMost(Duration.ofSeconds(60)).until(() -> aliceTab.texts().size() == 1
                && aliceOtherTab.texts().size() == 1 && bobTab.texts().size() == 1);
        JsonNode toAlice = aliceTab.messages().getFirst();
        assertThat(toAlice.path("eventId").asString()).isEqualTo(aliceStarted.eventId().toString());
        assertThat(toAlice.path("kind").asString()).isEqualTo("BOT_STARTED");
        assertThat(toAlice.path("text").asString()).isEqualTo(SampleEvents.STARTED_TEXT);
        assertThat(toAlice.path("id").asLong()).isEqualTo(history(alice).get(0).path("id").asLong());
        assertThat(aliceOtherTab.messages().getFirst().path("eventId").asString()).isEqualTo(aliceStarted.eventId().toString());
        assertThat(bobTab.messages().getFirst().path("eventId").asString()).isEqualTo(bobStopped.eventId().toString());

        // a third event for Alice only: Bob's tab stays at one message
        probe.publish(at(SampleEvents.stopped(alice, BotId.random()), 2));
        await().atMost(Duration.ofSeconds(60)).until(() -> aliceTab.texts().size() == 2);
        assertThat(bobTab.texts()).hasSize(1);
        assertThat(bobTab.texts()).noneMatch(text -> text.contains(aliceStarted.eventId().toString()));

        aliceTab.sendClose(WebSocket.NORMAL_CLOSURE, "bye", Duration.ofSeconds(60));
        await().atMost(Duration.ofSeconds(60)).until(() -> liveSockets.sessionsOf(alice) == 1);
        aliceOtherTab.close();
        bobTab.close();
    }

    /**
     * A browser that names the last entry it has gets what it missed first, oldest first, then the live ones — none
     * twice, though the catch-up and the live push race for whatever is made while the socket opens.
     */
    @Test
    void aSocketOpenedWithSinceGetsWhatItMissedThenTheLiveOnesOnce() throws Exception {
        UserId carol = UserId.random();
        for (int i = 0; i < 3; i++) {
            probe.publish(at(SampleEvents.started(carol, BotId.random()), 10 + i));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> history(carol).size() == 3);
        List<Long> made = idsOf(history(carol));

        CollectingWebSocket tab = connect(SECRET, carol, "?since=" + made.getFirst());
        // made while the socket opens and catches up: in the catch-up or live, whichever wins, but once
        probe.publish(at(SampleEvents.stopped(carol, BotId.random()), 13));
        await().atMost(Duration.ofSeconds(60)).until(() -> tab.texts().size() >= 3);
        probe.publish(at(SampleEvents.stopped(carol, BotId.random()), 14));
        await().atMost(Duration.ofSeconds(60)).until(() -> history(carol).size() == 5 && tab.texts().size() >= 4);

        List<Long> all = idsOf(history(carol));
        List<Long> received = tab.messages().stream().map(m -> m.path("id").asLong()).toList();
        assertThat(received).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all.subList(1, all.size()));
        assertThat(received.subList(0, 2)).containsExactly(made.get(1), made.get(2)); // the missed ones, oldest first
        tab.close();
    }

    private static List<Long> idsOf(JsonNode entries) {
        List<Long> ids = new java.util.ArrayList<>();
        entries.forEach(entry -> ids.add(entry.path("id").asLong()));
        return ids.stream().sorted().toList();
    }

    @Test
    void aSinceThatIsNotANotificationIdEndsTheSocketWithTheReason() throws Exception {
        for (String since : new String[] {"abc", "-1", "", "99999999999999999999"}) {
            CollectingWebSocket tab = connect(SECRET, UserId.random(), "?since=" + since);
            assertThat(tab.awaitClosed(Duration.ofSeconds(60))).as("since=%s", since).isEqualTo(1003);
        }
    }

    @Test
    void aConnectionWithoutTheGatewaySecretGetsNothing() throws Exception {
        UserId user = UserId.random();
        for (String secret : new String[] {null, "wrong-secret"}) {
            try {
                CollectingWebSocket tab = connect(secret, user);
                // the upgrade went through: the endpoint closes it at once for breaking the policy
                assertThat(tab.awaitClosed(Duration.ofSeconds(60))).isEqualTo(1008);
            } catch (java.util.concurrent.ExecutionException refused) {
                // or the handshake was refused before any upgrade (401 from the gateway guard)
                assertThat(refused.getCause()).isInstanceOf(java.net.http.WebSocketHandshakeException.class);
                assertThat(((java.net.http.WebSocketHandshakeException) refused.getCause()).getResponse().statusCode())
                        .isEqualTo(401);
            }
            assertThat(liveSockets.sessionsOf(user)).isZero();
        }
    }
}
