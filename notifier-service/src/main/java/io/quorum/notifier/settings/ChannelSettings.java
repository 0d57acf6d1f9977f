package io.quorum.notifier.settings;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.notifier.notification.NotificationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where one user wants to be told; a channel that is absent or disabled gets nothing, and {@code routing} narrows
 * which notifications each enabled channel gets.
 */
public record ChannelSettings(UserId userId, SlackChannel slack, TelegramChannel telegram, Routing routing) {

    public ChannelSettings {
        Objects.requireNonNull(userId, "userId");
        routing = routing == null ? Routing.EVERYTHING_EVERYWHERE : routing;
    }

    /** Settings that send every notification to each enabled channel. */
    public ChannelSettings(UserId userId, SlackChannel slack, TelegramChannel telegram) {
        this(userId, slack, telegram, Routing.EVERYTHING_EVERYWHERE);
    }

    public static ChannelSettings none(UserId userId) {
        return new ChannelSettings(userId, null, null);
    }

    /** The enabled channels a notification of {@code kind} about {@code bot} (null: about the user) goes to. */
    public List<Channel> channelsFor(NotificationKind kind, BotId bot) {
        Set<Channel> chosen = routing.channelsFor(kind, bot, Set.copyOf(enabledChannels()));
        return enabledChannels().stream().filter(chosen::contains).toList();
    }

    /** Builds the settings from a draft the {@link ChannelSettingsPolicy} allowed. */
    public static ChannelSettings from(UserId userId, SettingsDraft draft) {
        SlackChannel slack = null;
        if (draft.slack() != null && !isBlank(draft.slack().webhookUrl())) {
            slack = new SlackChannel(java.net.URI.create(draft.slack().webhookUrl().trim()), draft.slack().enabled());
        }
        TelegramChannel telegram = null;
        if (draft.telegram() != null && !(isBlank(draft.telegram().botToken()) && isBlank(draft.telegram().chatId()))) {
            telegram = new TelegramChannel(trimmed(draft.telegram().botToken()), trimmed(draft.telegram().chatId()),
                    draft.telegram().enabled());
        }
        return new ChannelSettings(userId, slack, telegram, draft.routing());
    }

    public Optional<SlackChannel> slackChannel() {
        return Optional.ofNullable(slack);
    }

    public Optional<TelegramChannel> telegramChannel() {
        return Optional.ofNullable(telegram);
    }

    public List<Channel> enabledChannels() {
        List<Channel> channels = new ArrayList<>();
        if (slack != null && slack.enabled()) {
            channels.add(Channel.SLACK);
        }
        if (telegram != null && telegram.enabled()) {
            channels.add(Channel.TELEGRAM);
        }
        return List.copyOf(channels);
    }

    public boolean isEnabled(Channel channel) {
        return enabledChannels().contains(channel);
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.trim();
    }
}
