package io.quorum.notifier.settings.internal;

import io.quorum.notifier.settings.ChannelSettings;

/** Channel settings as the API shows them: the bot token masked, an unconfigured channel as null. */
record SettingsView(Slack slack, Telegram telegram) {

    record Slack(String webhookUrl, boolean enabled) {
    }

    record Telegram(String botToken, String chatId, boolean enabled) {
    }

    static SettingsView of(ChannelSettings settings) {
        return new SettingsView(
                settings.slackChannel().map(s -> new Slack(s.webhookUrl().toString(), s.enabled())).orElse(null),
                settings.telegramChannel().map(t -> new Telegram(t.maskedToken(), t.chatId(), t.enabled())).orElse(null));
    }
}
