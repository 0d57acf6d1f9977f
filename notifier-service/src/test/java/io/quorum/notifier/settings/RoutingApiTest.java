package io.quorum.notifier.settings;

import static io.quorum.notifier.SampleEvents.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.quorum.contracts.bots.BotCreated;
import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.notifier.NotifierScenarioTest;
import io.quorum.notifier.SampleEvents;
import io.quorum.notifier.notification.BotNames;
import io.quorum.testkit.EventProbe;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** Per-kind and per-bot routing: saved, shown, validated, and obeyed when events arrive. */
class RoutingApiTest extends NotifierScenarioTest {

    private static EventProbe probe;

    @Autowired
    ChannelSettingsStore store;
    @Autowired
    BotNames botNames;

    @BeforeAll
    static void openProbe() {
        probe = EventProbe.on(Topics.BOT_LIFECYCLE_NAME);
    }

    @AfterAll
    static void closeProbe() throws InterruptedException {
        probe.close();
    }

    @Test
    void routingIsSavedAndShownAndObeyedPerKindAndPerBot() throws Exception {
        UserId user = UserId.random();
        BotId muted = BotId.random();
        BotId own = BotId.random();
        BotId plain = BotId.random();
        String slackPath = "/services/" + user;
        startBots(user, muted, own, plain);

        save(user, """
                {"slack":{"webhookUrl":"%s","enabled":true},
                 "telegram":{"botToken":"123456:token-%s","chatId":"%s","enabled":true},
                 "events":{"ORDER_FILLED":["TELEGRAM"],"ORDER_REJECTED":[]},
                 "bots":{"%s":{"muted":true},"%s":{"events":{"ORDER_FILLED":["SLACK"]}}}}"""
                .formatted(SLACK.baseUrl() + slackPath, chatIdOf(user), chatIdOf(user), muted, own))
                .andExpect(status().isOk());
        mvc.perform(as(user, get("/api/notifications/settings")))
                .andExpect(jsonPath("$.events.ORDER_FILLED[0]").value("TELEGRAM"))
                .andExpect(jsonPath("$.events.ORDER_REJECTED").isEmpty())
                .andExpect(jsonPath("$.bots['" + muted + "'].muted").value(true))
                .andExpect(jsonPath("$.bots['" + own + "'].muted").value(false))
                .andExpect(jsonPath("$.bots['" + own + "'].events.ORDER_FILLED[0]").value("SLACK"));

        probe.publish(at(SampleEvents.filled(user, plain), 10)); // user's choice: Telegram only
        probe.publish(at(SampleEvents.filled(user, own), 11));   // the bot's own choice: Slack only
        probe.publish(at(SampleEvents.filled(user, muted), 12)); // muted: history only
        probe.publish(at(SampleEvents.rejected(user, plain), 13)); // []: history only
        probe.publish(at(SampleEvents.stopped(user, plain), 14)); // nobody chose: both channels

        JsonNode history = awaitHistory(user, h -> h.size() == 8 && h.valueStream().allMatch(n ->
                n.path("deliveries").valueStream().allMatch(d -> d.path("status").asString().equals("DELIVERED"))));
        assertThat(channelsOf(history, 14)).isEqualTo("SLACK,TELEGRAM");
        assertThat(channelsOf(history, 13)).isEmpty();
        assertThat(channelsOf(history, 12)).isEmpty();
        assertThat(channelsOf(history, 11)).isEqualTo("SLACK");
        assertThat(channelsOf(history, 10)).isEqualTo("TELEGRAM");
        await().atMost(Duration.ofSeconds(60)).until(() -> SLACK.accepted().stream()
                .filter(r -> r.path().equals(slackPath)).count() == 2);
    }

    @Test
    void anotherUsersBotIsNotFoundAndNothingIsSaved() throws Exception {
        UserId owner = UserId.random();
        UserId other = UserId.random();
        BotId ownersBot = BotId.random();
        startBots(owner, ownersBot);
        // created and never started: the notifier knows it from BotCreated alone
        BotId ownersNewBot = BotId.random();
        probe.publish(at(new BotCreated(ownersNewBot, owner, "owner's secret grid", BotKind.GRID, Symbol.of("BTCUSDT")), 0));
        await().atMost(Duration.ofSeconds(60)).until(() -> botNames.ownerOf(ownersNewBot).isPresent());

        for (BotId theirs : new BotId[] {ownersBot, ownersNewBot}) {
            String answer = save(other, """
                    {"slack":{"webhookUrl":"https://hooks.slack.com/services/T/B/other","enabled":true},
                     "bots":{"%s":{"muted":true}}}""".formatted(theirs))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404))
                    .andReturn().getResponse().getContentAsString();
            assertThat(answer).doesNotContain(owner.toString(), "secret", SampleEvents.BOT_NAME);
        }
        assertThat(store.of(other).slack()).as("nothing of the refused settings is saved").isNull();
        assertThat(store.of(other).routing()).isEqualTo(Routing.EVERYTHING_EVERYWHERE);

        // an id the notifier has not heard of may be the caller's own bot created a moment ago: 400, try again
        BotId unknown = BotId.random();
        save(other, """
                {"bots":{"%s":{"muted":true}}}""".formatted(unknown))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("bots." + unknown));
        // the owner routes both, started or not
        save(owner, """
                {"bots":{"%s":{"muted":true},"%s":{"muted":true}}}""".formatted(ownersBot, ownersNewBot))
                .andExpect(status().isOk());
    }

    @Test
    void malformedRoutingIsRefusedNamingTheField() throws Exception {
        expectRejected("""
                {"events":{"NOT_A_KIND":["SLACK"]}}""", "events.NOT_A_KIND");
        expectRejected("""
                {"events":{"ORDER_FILLED":["TELEGRAM","EMAIL"]}}""", "events.ORDER_FILLED[1]");
        expectRejected("""
                {"events":{"ORDER_FILLED":null}}""", "events.ORDER_FILLED");
        expectRejected("""
                {"events":{"ORDER_FILLED":"SLACK"}}""", "events.ORDER_FILLED");
        expectRejected("""
                {"bots":{"not-a-uuid":{"muted":true}}}""", "bots.not-a-uuid");
        BotId bot = BotId.random();
        expectRejected("""
                {"bots":{"%s":{"events":{"BOT_STOPPED":["SMS"]}}}}""".formatted(bot), "bots." + bot + ".events.BOT_STOPPED[0]");
        expectRejected("""
                {"bots":{"%s":{"muted":"loud"}}}""".formatted(bot), "bots." + bot + ".muted");
    }

    private void startBots(UserId user, BotId... bots) {
        for (BotId bot : bots) {
            probe.publish(at(SampleEvents.started(user, bot), 0));
        }
        awaitHistory(user, h -> h.size() == bots.length);
    }

    private static String channelsOf(JsonNode history, int minute) {
        String at = SampleEvents.T0.plusSeconds(60L * minute).toString();
        JsonNode entry = history.valueStream().filter(n -> n.path("occurredAt").asString().equals(at)).findFirst()
                .orElseThrow(() -> new AssertionError("no notification at " + at + " in " + history));
        return String.join(",", entry.path("deliveries").valueStream().map(d -> d.path("channel").asString()).toList());
    }

    private ResultActions save(UserId user, String body) throws Exception {
        return mvc.perform(as(user, put("/api/notifications/settings")).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private void expectRejected(String body, String field) throws Exception {
        save(UserId.random(), body).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value(field));
    }
}
