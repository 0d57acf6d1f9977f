package io.quorum.notifier.settings;

import io.quorum.contracts.ids.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Where one user wants to be told; a channel that is absent or disabled gets nothing. */
public record ChannelSettings(UserId userId, SlackChannel slack, TelegramChannel telegram) {

    public ChannelSettings {
        Objects.requireNonNull(userId, "userId");
    }

    public static ChannelSettings none(UserId userId) {
        return new ChannelSettings(userId, null, null);
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
        return new ChannelSettings(userId, slack, telegram);
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
