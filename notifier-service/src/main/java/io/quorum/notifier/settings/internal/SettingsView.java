package io.quorum.notifier.settings.internal;

import io.quorum.notifier.settings.ChannelSettings;
import java.util.List;
import java.util.Map;

/**
 * Channel settings as the API shows them: the bot token masked, an unconfigured channel as null, and the routing
 * ({@code events}: kind → channels; {@code bots}: bot id → muted and its own events), sorted by name.
 */
record SettingsView(Slack slack, Telegram telegram, Map<String, List<String>> events,
                    Map<String, RoutingJson.BotView> bots) {

    record Slack(String webhookUrl, boolean enabled) {
    }

    record Telegram(String botToken, String chatId, boolean enabled) {
    }

    static SettingsView of(ChannelSettings settings) {
        RoutingJson.Stored routing = RoutingJson.view(settings.routing());
        return new SettingsView(
                settings.slackChannel().map(s -> new Slack(s.webhookUrl().toString(), s.enabled())).orElse(null),
                settings.telegramChannel().map(t -> new Telegram(t.maskedToken(), t.chatId(), t.enabled())).orElse(null),
                routing.events(), routing.bots());
    }
}
