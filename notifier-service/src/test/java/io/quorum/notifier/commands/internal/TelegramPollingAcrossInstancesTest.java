package io.quorum.notifier.commands.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.UserId;
import io.quorum.notifier.NotifierInstance;
import io.quorum.notifier.commands.FakePlatform;
import io.quorum.testkit.FakeTelegram;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two notifier instances against one Telegram Bot API (the local fake) and one database: only the instance holding
 * the polling lock polls, each command is answered once, and when that instance stops the other takes over and
 * carries on from the stored offset. A schema of its own keeps this pair apart from the other tests' notifier.
 */
class TelegramPollingAcrossInstancesTest {

    private static final String SCHEMA = "notifier_polling";
    private static final String SECRET = "test-gateway-secret";
    private static final FakeTelegram TELEGRAM = new FakeTelegram();
    private static final FakePlatform PLATFORM = new FakePlatform(SECRET);
    private static final ConfigurableApplicationContext[] INSTANCES = new ConfigurableApplicationContext[2];

    @BeforeAll
    static void startTwoInstances() {
        for (int i = 0; i < INSTANCES.length; i++) {
            INSTANCES[i] = startInstance(SCHEMA);
        }
    }

    @AfterAll
    static void stopInstances() {
        for (ConfigurableApplicationContext instance : INSTANCES) {
            if (instance != null && instance.isActive()) {
                instance.close();
            }
        }
        TELEGRAM.close();
        PLATFORM.close();
    }

    private static TelegramPoller poller(int instance) {
        return INSTANCES[instance].getBean(TelegramPoller.class);
    }

    private static List<String> answers(String token, long chat) {
        return TELEGRAM.sentTo(token, chat).stream().map(FakeTelegram.Sent::text).toList();
    }

    @Test
    void oneInstancePollsAndTheOtherTakesOverWhenItStops() throws Exception {
        UserId user = UserId.random();
        long chat = 700_000_000L + (user.value().getLeastSignificantBits() & 0xffffff);
        String token = "434343:poll-" + user.value().toString().substring(0, 8);
        TELEGRAM.registerBot(token);
        PLATFORM.addBot(user, "BTC grid", "RUNNING");
        HttpResponse<String> saved = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + NotifierInstance.port(INSTANCES[0]) + "/api/notifications/settings"))
                .timeout(Duration.ofSeconds(30))
                .header(GatewayHeaders.SECRET, SECRET).header(GatewayHeaders.USER_ID, user.toString())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"telegram":{"botToken":"%s","chatId":"%d","enabled":true}}""".formatted(token, chat)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).isEqualTo(200);

        // exactly one instance leads and polls the user's bot; the other polls nothing
        await().atMost(Duration.ofSeconds(60)).until(() -> poller(0).leading() != poller(1).leading()
                && poller(0).polling() + poller(1).polling() == 1);
        int leader = poller(0).leading() ? 0 : 1;
        int follower = 1 - leader;
        assertThat(poller(leader).polling()).isEqualTo(1);
        assertThat(poller(follower).polling()).isZero();

        TELEGRAM.userWrites(token, chat, "/status");
        await().atMost(Duration.ofSeconds(60)).until(() -> answers(token, chat).size() >= 1);

        // the leader stops (a deployment, a crash): its database session ends, and the lock with it
        INSTANCES[leader].close();
        await().atMost(Duration.ofSeconds(60)).until(() -> poller(follower).leading() && poller(follower).polling() == 1);

        TELEGRAM.userWrites(token, chat, "/bots");
        await().atMost(Duration.ofSeconds(60)).until(() -> answers(token, chat).size() >= 2);
        List<String> answered = answers(token, chat);
        assertThat(answered).as("each command answered once, in order").hasSize(2);
        assertThat(answered.get(0)).isEqualTo("1 bot: 1 running.");
        assertThat(answered.get(1)).startsWith("Your bots:\n• BTC grid (BTCUSDT) RUNNING — ");
        // the new leader went on from the stored offset: no poll ever asked again from before an update handled
        assertThat(TELEGRAM.offsetsAsked(token)).isSortedAccordingTo(Long::compare);
    }

    /**
     * The leader keeps running but loses its lock session (a database restart, a network cut, an operator's
     * {@code pg_terminate_backend}): the lock is free at once, one instance takes it, and the one whose session went
     * stops answering — each command is still answered once.
     */
    @Test
    void aLeaderWhoseLockSessionIsLostStopsAndOneInstanceTakesOver() throws Exception {
        // a pair of its own, in a schema of its own: the other test stops one of the class's pair
        List<ConfigurableApplicationContext> pair = List.of(startInstance("notifier_polling_lost"),
                startInstance("notifier_polling_lost"));
        try {
            List<TelegramPoller> pollers = pair.stream().map(c -> c.getBean(TelegramPoller.class)).toList();
            ConfigurableApplicationContext second = pair.get(1);
            UserId user = UserId.random();
            long chat = 710_000_000L + (user.value().getLeastSignificantBits() & 0xffffff);
            String token = "454545:lost-" + user.value().toString().substring(0, 8);
            TELEGRAM.registerBot(token);
            PLATFORM.addBot(user, "ETH grid", "RUNNING");
            HttpResponse<String> saved = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            "http://localhost:" + NotifierInstance.port(second) + "/api/notifications/settings"))
                    .timeout(Duration.ofSeconds(30))
                    .header(GatewayHeaders.SECRET, SECRET).header(GatewayHeaders.USER_ID, user.toString())
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("""
                            {"telegram":{"botToken":"%s","chatId":"%d","enabled":true}}""".formatted(token, chat)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(saved.statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(60)).until(() -> pollers.get(0).leading() != pollers.get(1).leading()
                    && pollers.get(0).polling() + pollers.get(1).polling() == 1);
            TELEGRAM.userWrites(token, chat, "/status");
            await().atMost(Duration.ofSeconds(60)).until(() -> answers(token, chat).size() >= 1);

            // the database ends the leader's lock session; the leader process runs on
            int ended = second.getBean(JdbcClient.class).sql("""
                            select count(pg_terminate_backend(pid)) from pg_locks
                            where locktype = 'advisory' and granted and classid::bigint = ? and objsubid = 2
                            and objid::bigint = (hashtext(current_schema())::bigint & 4294967295)""")
                    .param(0x5467726d).query(Integer.class).single();
            assertThat(ended).isEqualTo(1);

            TELEGRAM.userWrites(token, chat, "/bots");
            await().atMost(Duration.ofSeconds(60)).until(() -> answers(token, chat).size() >= 2);
            await().atMost(Duration.ofSeconds(60)).until(() -> pollers.get(0).leading() != pollers.get(1).leading()
                    && pollers.get(0).polling() + pollers.get(1).polling() == 1);
            TELEGRAM.userWrites(token, chat, "/status");
            await().atMost(Duration.ofSeconds(60)).until(() -> answers(token, chat).size() >= 3);
            // a moment for a second answer, if one were coming, to arrive
            Thread.sleep(1_500);
            assertThat(answers(token, chat)).as("each command answered once").hasSize(3);
            assertThat(TELEGRAM.offsetsAsked(token)).isSortedAccordingTo(Long::compare);
        } finally {
            pair.forEach(ConfigurableApplicationContext::close);
        }
    }

    private static ConfigurableApplicationContext startInstance(String schema) {
        return NotifierInstance.start(schema, Map.of(
                "quorum.gateway.secret", SECRET,
                // commands only: the events are other tests' business
                "spring.kafka.listener.auto-startup", false,
                "quorum.notifier.telegram.base-url", TELEGRAM.baseUrl(),
                "quorum.notifier.telegram.commands.base-url", TELEGRAM.baseUrl(),
                "quorum.notifier.telegram.commands.long-poll", "PT1S",
                "quorum.notifier.telegram.commands.refresh", "PT0.2S",
                "quorum.notifier.services.registry-url", PLATFORM.url(),
                "quorum.notifier.services.allocation-url", PLATFORM.url()));
    }
}
