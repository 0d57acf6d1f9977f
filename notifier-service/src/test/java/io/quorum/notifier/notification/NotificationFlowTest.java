package io.quorum.notifier.notification;

import static io.quorum.notifier.SampleEvents.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.bots.BotStopTriggered;
import io.quorum.contracts.bots.GridCycleCompleted;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.executions.PositionMismatchDetected;
import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.signals.TradeAction;
import java.math.BigDecimal;
import io.quorum.notifier.NotifierScenarioTest;
import io.quorum.notifier.SampleEvents;
import io.quorum.testkit.EventProbe;
import io.quorum.testkit.WebhookRecorder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class NotificationFlowTest extends NotifierScenarioTest {

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
    void startFillRejectionAndStopAreEachSentToSlackAndTelegramNamingTheBot() throws Exception {
        UserId user = UserId.random();
        BotId bot = BotId.random();
        String slackPath = "/services/" + user;
        configureBoth(user, SLACK.baseUrl() + slackPath, chatIdOf(user));

        probe.publish(at(SampleEvents.started(user, bot), 0));
        // the later events name the bot only once its start is known; they travel on other topics
        awaitHistory(user, history -> history.size() == 1);
        probe.publish(at(SampleEvents.filled(user, bot), 1));
        probe.publish(at(SampleEvents.rejected(user, bot), 2));
        probe.publish(at(SampleEvents.stopped(user, bot), 3));

        List<String> expected = List.of(SampleEvents.STARTED_TEXT, SampleEvents.FILLED_TEXT,
                SampleEvents.REJECTED_TEXT, SampleEvents.STOPPED_TEXT);
        await().atMost(Duration.ofSeconds(60)).until(() -> slackTo(slackPath).size() == 4
                && telegramMessagesTo(chatIdOf(user)).size() == 4);
        assertThat(textsOf(slackTo(slackPath))).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(textsOf(telegramMessagesTo(chatIdOf(user)))).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(telegramMessagesTo(chatIdOf(user))).allSatisfy(message ->
                assertThat(message.path()).isEqualTo("/bot123456:token-" + chatIdOf(user) + "/sendMessage"));

        JsonNode history = awaitHistory(user, h -> allDelivered(h, 4));
        assertThat(history.valueStream().map(n -> n.path("text").asString()).toList())
                .as("newest first").containsExactlyElementsOf(expected.reversed());
        assertThat(history.get(0).path("kind").asString()).isEqualTo("BOT_STOPPED");
        assertThat(history.get(0).path("botId").asString()).isEqualTo(bot.toString());
        assertThat(history.get(0).path("deliveries").valueStream().map(d -> d.path("channel").asString()).toList())
                .containsExactly("SLACK", "TELEGRAM");
    }

    /**
     * The news beyond orders and lifecycle comes on four more topics: decisions (a HOLD is not news), stop
     * triggers, positions and grid cycles, and a position mismatch on the executions topic.
     */
    @Test
    void decisionsStopTriggersPositionsGridCyclesAndMismatchesAreToldToo() throws Exception {
        UserId user = UserId.random();
        BotId bot = BotId.random();
        configureBoth(user, SLACK.baseUrl() + "/services/" + user, chatIdOf(user));
        probe.publish(at(SampleEvents.started(user, bot), 0));
        awaitHistory(user, history -> history.size() == 1);

        probe.publish(at(SampleEvents.decided(user, bot, TradeAction.HOLD), 1));
        probe.publish(at(SampleEvents.decided(user, bot, TradeAction.LONG), 2));
        probe.publish(at(new BotStopTriggered(bot, user, "stop-loss 60000 reached at 59990.5", Price.of("59990.5")), 3));
        probe.publish(at(new PositionChanged(user, bot, SampleEvents.BTC, PositionSide.LONG, Quantity.of("0.004"),
                Price.of("62000.5"), 3, Money.of("12.5"), Money.of("0.1")), 4));
        probe.publish(at(new GridCycleCompleted(bot, user, SampleEvents.BTC, 3, Price.of("63000"), Price.of("64000"),
                Quantity.of("0.008"), Money.of("7.8064"), 1), 5));
        probe.publish(at(new PositionMismatchDetected(user, "bybit", SampleEvents.BTC, new BigDecimal("0.01"),
                BigDecimal.ZERO), 6));

        JsonNode history = awaitHistory(user, h -> h.size() == 6 && allDelivered(h, 6));
        assertThat(history.valueStream().map(n -> n.path("kind").asString()).toList()).containsExactly(
                "POSITION_MISMATCH", "GRID_CYCLE_COMPLETED", "POSITION_CHANGED", "STOP_TRIGGERED", "CONSENSUS_DECISION",
                "BOT_STARTED");
        List<String> told = textsOf(telegramMessagesTo(chatIdOf(user)));
        assertThat(told).hasSize(6).anySatisfy(text -> assertThat(text).startsWith(
                "Bot \"BTC range grid\" completed a grid cycle at level 3: bought 0.008 BTCUSDT at 63000 USDT"));
        assertThat(told).anySatisfy(text -> assertThat(text).startsWith("Bot \"BTC range grid\" decided LONG on BTCUSDT")
                .contains("Votes: ema-cross LONG at confidence 0.7"));
    }

    @Test
    void theSameEventPublishedTwiceIsNotifiedOnce() throws Exception {
        UserId user = UserId.random();
        BotId bot = BotId.random();
        String slackPath = "/services/" + user;
        configureBoth(user, SLACK.baseUrl() + slackPath, chatIdOf(user));
        var stopped = at(SampleEvents.stopped(user, bot), 0);

        probe.publish(stopped);
        probe.publish(stopped);
        // same key, same partition: once the next event is delivered, the redelivery has been handled
        probe.publish(at(SampleEvents.started(user, bot), 1));

        awaitHistory(user, h -> allDelivered(h, 2));
        assertThat(slackTo(slackPath)).hasSize(2);
        assertThat(telegramMessagesTo(chatIdOf(user))).hasSize(2);
        assertThat(history(user).valueStream().filter(n -> n.path("eventId").asString()
                .equals(stopped.eventId().toString())).count()).isEqualTo(1);
    }

    @Test
    void aUserWithoutSettingsGetsHistoryButNoDelivery() throws Exception {
        UserId user = UserId.random();
        BotId bot = BotId.random();

        probe.publish(at(SampleEvents.started(user, bot), 0));

        JsonNode history = awaitHistory(user, h -> h.size() == 1);
        assertThat(history.get(0).path("text").asString()).isEqualTo(SampleEvents.STARTED_TEXT);
        assertThat(history.get(0).path("deliveries").isEmpty()).isTrue();
    }

    @Test
    void aDisabledChannelIsNotUsed() throws Exception {
        UserId user = UserId.random();
        String slackPath = "/services/" + user;
        putSettings(user, """
                {"slack":{"webhookUrl":"%s","enabled":true},
                 "telegram":{"botToken":"123456:abc","chatId":"%s","enabled":false}}"""
                .formatted(SLACK.baseUrl() + slackPath, chatIdOf(user)));

        probe.publish(at(SampleEvents.started(user, BotId.random()), 0));

        JsonNode history = awaitHistory(user, h -> allDelivered(h, 1));
        assertThat(history.get(0).path("deliveries").valueStream().map(d -> d.path("channel").asString()).toList())
                .containsExactly("SLACK");
        assertThat(telegramMessagesTo(chatIdOf(user))).isEmpty();
    }

    private static List<WebhookRecorder.Received> slackTo(String path) {
        return SLACK.accepted().stream().filter(r -> r.path().equals(path)).toList();
    }

    static boolean allDelivered(JsonNode history, int notifications) {
        return history.size() == notifications && history.valueStream().allMatch(n -> !n.path("deliveries").isEmpty()
                && n.path("deliveries").valueStream().allMatch(d -> d.path("status").asString().equals("DELIVERED")));
    }
}
