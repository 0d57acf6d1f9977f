package io.quorum.notifier.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.UserId;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ChannelSettingsTest {

    private static final UserId USER = UserId.random();

    @Test
    void onlyEnabledChannelsAreUsed() {
        var settings = new ChannelSettings(USER, new SlackChannel(URI.create("https://hooks.slack.com/x"), false),
                new TelegramChannel("1:abc", "42", true));

        assertThat(settings.enabledChannels()).containsExactly(Channel.TELEGRAM);
        assertThat(ChannelSettings.none(USER).enabledChannels()).isEmpty();
    }

    @Test
    void aDraftWithBlankChannelsConfiguresNothing() {
        var draft = new SettingsDraft(new SettingsDraft.Slack(" ", false), new SettingsDraft.Telegram("", null, false));

        assertThat(ChannelSettings.from(USER, draft)).isEqualTo(ChannelSettings.none(USER));
    }

    @Test
    void aDraftIsTrimmed() {
        var draft = new SettingsDraft(new SettingsDraft.Slack(" https://hooks.slack.com/x ", true),
                new SettingsDraft.Telegram(" 1:abc ", " 42 ", true));

        var settings = ChannelSettings.from(USER, draft);

        assertThat(settings.slack().webhookUrl()).hasToString("https://hooks.slack.com/x");
        assertThat(settings.telegram()).isEqualTo(new TelegramChannel("1:abc", "42", true));
    }

    @Test
    void theTokenIsMaskedEverywhereItCouldLeak() {
        var telegram = new TelegramChannel("7012345678:AAHk2vQsecretxyz9", "42", true);

        assertThat(telegram.maskedToken()).isEqualTo("****xyz9");
        assertThat(telegram.toString()).doesNotContain("secret");
        assertThat(new TelegramChannel("1:short", "42", true).maskedToken()).isEqualTo("****");
    }

    @Test
    void theMaskedTokenSentBackMeansKeepTheStoredOne() {
        var stored = new ChannelSettings(USER, null, new TelegramChannel("7012345678:AAHk2vQsecretxyz9", "42", true));

        var kept = new SettingsDraft(null, new SettingsDraft.Telegram("****xyz9", "43", true)).keepingStoredTokenOf(stored);
        var replaced = new SettingsDraft(null, new SettingsDraft.Telegram("99:new", "43", true)).keepingStoredTokenOf(stored);

        assertThat(kept.telegram().botToken()).isEqualTo("7012345678:AAHk2vQsecretxyz9");
        assertThat(replaced.telegram().botToken()).isEqualTo("99:new");
    }
}
