package io.quorum.notifier.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.UserId;
import io.quorum.notifier.NotifierScenarioTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class ChannelSettingsApiTest extends NotifierScenarioTest {

    private static final String TOKEN = "7012345678:AAHk2vQ-secret_part_xyz9";

    @Autowired
    ChannelSettingsStore store;

    @Test
    void savedSettingsAreReturnedWithTheBotTokenMasked() throws Exception {
        UserId user = UserId.random();
        String body = """
                {"slack":{"webhookUrl":"https://hooks.slack.com/services/T0/B0/abc","enabled":true},
                 "telegram":{"botToken":"%s","chatId":"-100123","enabled":true}}""".formatted(TOKEN);

        save(user, body).andExpect(status().isOk()).andExpect(jsonPath("$.telegram.botToken").value("****xyz9"));

        String shown = mvc.perform(as(user, get("/api/notifications/settings")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slack.webhookUrl").value("https://hooks.slack.com/services/T0/B0/abc"))
                .andExpect(jsonPath("$.slack.enabled").value(true))
                .andExpect(jsonPath("$.telegram.botToken").value("****xyz9"))
                .andExpect(jsonPath("$.telegram.chatId").value("-100123"))
                .andExpect(jsonPath("$.telegram.enabled").value(true))
                .andReturn().getResponse().getContentAsString();
        assertThat(shown).doesNotContain("secret_part");
    }

    @Test
    void sendingTheMaskedTokenBackKeepsTheStoredToken() throws Exception {
        UserId user = UserId.random();
        save(user, """
                {"telegram":{"botToken":"%s","chatId":"42","enabled":true}}""".formatted(TOKEN)).andExpect(status().isOk());

        save(user, """
                {"telegram":{"botToken":"****xyz9","chatId":"43","enabled":true}}""").andExpect(status().isOk());

        assertThat(store.of(user).telegram()).isEqualTo(new TelegramChannel(TOKEN, "43", true));
    }

    @Test
    void aUserWhoSavedNothingSeesNoChannels() throws Exception {
        mvc.perform(as(UserId.random(), get("/api/notifications/settings")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slack").doesNotExist())
                .andExpect(jsonPath("$.telegram").doesNotExist());
    }

    @Test
    void settingsAreSeparatePerUser() throws Exception {
        UserId owner = UserId.random();
        save(owner, """
                {"slack":{"webhookUrl":"https://hooks.slack.com/services/T0/B0/mine","enabled":true}}""")
                .andExpect(status().isOk());

        mvc.perform(as(UserId.random(), get("/api/notifications/settings")))
                .andExpect(jsonPath("$.slack").doesNotExist());
    }

    @Test
    void rejectsAWebhookThatIsNotAnHttpUrl() throws Exception {
        expectRejected("""
                {"slack":{"webhookUrl":"ftp://hooks.slack.com/x","enabled":true}}""", "slack.webhookUrl");
        expectRejected("""
                {"slack":{"webhookUrl":"not a url","enabled":true}}""", "slack.webhookUrl");
    }

    @Test
    void rejectsAnEnabledSlackWithoutWebhook() throws Exception {
        expectRejected("""
                {"slack":{"webhookUrl":"  ","enabled":true}}""", "slack.webhookUrl");
    }

    @Test
    void rejectsAnEnabledTelegramWithoutTokenOrChat() throws Exception {
        expectRejected("""
                {"telegram":{"botToken":"","chatId":"42","enabled":true}}""", "telegram.botToken");
        expectRejected("""
                {"telegram":{"botToken":"123:abc","chatId":" ","enabled":true}}""", "telegram.chatId");
    }

    @Test
    void rejectsATokenThatWouldChangeTheTelegramUrl() throws Exception {
        expectRejected("""
                {"telegram":{"botToken":"123:abc/../../evil","chatId":"42","enabled":true}}""", "telegram.botToken");
    }

    @Test
    void rejectsAChannelWithoutTheEnabledFlag() throws Exception {
        expectRejected("""
                {"slack":{"webhookUrl":"https://hooks.slack.com/services/T0/B0/abc"}}""", "slack.enabled");
    }

    @Test
    void rejectsAnEnabledFlagGivenAsBlankText() throws Exception {
        for (String blank : new String[] {"\"\"", "\"  \"", "\"\\u0000\""}) {
            expectRejected("{\"slack\":{\"webhookUrl\":\"https://hooks.slack.com/services/T0/B0/abc\",\"enabled\":" + blank
                    + "}}", "slack.enabled");
        }
    }

    @Test
    void rejectsABodyThatIsNotJson() throws Exception {
        expectRejected("{nope", "body");
    }

    @Test
    void aRejectedUpdateLeavesTheSettingsAsTheyWere() throws Exception {
        UserId user = UserId.random();
        save(user, """
                {"slack":{"webhookUrl":"https://hooks.slack.com/services/T0/B0/abc","enabled":true}}""")
                .andExpect(status().isOk());

        save(user, """
                {"slack":{"webhookUrl":"javascript:alert(1)","enabled":true}}""").andExpect(status().isBadRequest());

        assertThat(store.of(user).slack().webhookUrl()).hasToString("https://hooks.slack.com/services/T0/B0/abc");
    }

    @Test
    void refusesRequestsThatDidNotComeThroughTheGateway() throws Exception {
        mvc.perform(get("/api/notifications/settings").header(GatewayHeaders.USER_ID, UserId.random().toString()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void requiresTheCallersUserId() throws Exception {
        mvc.perform(get("/api/notifications/settings").header(GatewayHeaders.SECRET, SECRET))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(GatewayHeaders.USER_ID));
    }

    private ResultActions save(UserId user, String body) throws Exception {
        return mvc.perform(as(user, put("/api/notifications/settings")).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private void expectRejected(String body, String field) throws Exception {
        save(UserId.random(), body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field));
    }
}
