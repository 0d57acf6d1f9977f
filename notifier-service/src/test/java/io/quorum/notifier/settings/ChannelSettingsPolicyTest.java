package io.quorum.notifier.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChannelSettingsPolicyTest {

    private final ChannelSettingsPolicy policy = new ChannelSettingsPolicy();

    private static SettingsDraft slack(String url, Boolean enabled) {
        return new SettingsDraft(new SettingsDraft.Slack(url, enabled), null);
    }

    private static SettingsDraft telegram(String token, String chat, Boolean enabled) {
        return new SettingsDraft(null, new SettingsDraft.Telegram(token, chat, enabled));
    }

    private static String rejectedField(Verdict verdict) {
        assertThat(verdict).isInstanceOf(Verdict.Rejected.class);
        return ((Verdict.Rejected) verdict).field();
    }

    @Test
    void allowsHttpsAndHttpWebhooks() {
        assertThat(policy.check(slack("https://hooks.slack.com/services/T0/B0/x", true)).allowed()).isTrue();
        assertThat(policy.check(slack("http://127.0.0.1:8080/hook", true)).allowed()).isTrue();
    }

    @Test
    void rejectsWebhooksThatAreNotHttpUrls() {
        assertThat(rejectedField(policy.check(slack("ftp://hooks.slack.com/x", true)))).isEqualTo("slack.webhookUrl");
        assertThat(rejectedField(policy.check(slack("hooks.slack.com/x", true)))).isEqualTo("slack.webhookUrl");
        assertThat(rejectedField(policy.check(slack("https://user:pw@hooks.slack.com/x", true)))).isEqualTo("slack.webhookUrl");
        assertThat(rejectedField(policy.check(slack("https://" + "a".repeat(3000) + ".com", true)))).isEqualTo("slack.webhookUrl");
    }

    @Test
    void anEnabledSlackNeedsAWebhookButADisabledOneDoesNot() {
        assertThat(rejectedField(policy.check(slack(null, true)))).isEqualTo("slack.webhookUrl");
        assertThat(policy.check(slack(null, false)).allowed()).isTrue();
        assertThat(rejectedField(policy.check(slack("ftp://x", false)))).isEqualTo("slack.webhookUrl");
    }

    @Test
    void anEnabledTelegramNeedsATokenAndAChat() {
        assertThat(rejectedField(policy.check(telegram(" ", "42", true)))).isEqualTo("telegram.botToken");
        assertThat(rejectedField(policy.check(telegram("123:abc", null, true)))).isEqualTo("telegram.chatId");
        assertThat(policy.check(telegram(null, null, false)).allowed()).isTrue();
        assertThat(policy.check(telegram("123:abc", "-1001234", true)).allowed()).isTrue();
        assertThat(policy.check(telegram("123:abc", "@quorum_alerts", true)).allowed()).isTrue();
    }

    @Test
    void rejectsTokensAndChatsThatAreNotWellFormed() {
        assertThat(rejectedField(policy.check(telegram("123:abc/../x", "42", true)))).isEqualTo("telegram.botToken");
        assertThat(rejectedField(policy.check(telegram("123:a?b", "42", false)))).isEqualTo("telegram.botToken");
        assertThat(rejectedField(policy.check(telegram("123:abc", "my chat", true)))).isEqualTo("telegram.chatId");
    }

    @Test
    void theEnabledFlagIsRequired() {
        assertThat(rejectedField(policy.check(slack("https://hooks.slack.com/x", null)))).isEqualTo("slack.enabled");
        assertThat(rejectedField(policy.check(telegram("1:a", "42", null)))).isEqualTo("telegram.enabled");
    }

    @Test
    void aMissingBodyIsRejectedAndAnEmptyOneClearsEverything() {
        assertThat(rejectedField(policy.check(null))).isEqualTo("body");
        assertThat(policy.check(new SettingsDraft(null, null)).allowed()).isTrue();
    }
}
