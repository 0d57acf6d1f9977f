package io.quorum.notifier.settings;

import io.quorum.contracts.ids.UserId;

/** Every user's channel settings. */
public interface ChannelSettingsStore {

    /** The user's settings, or {@link ChannelSettings#none} when they never saved any. */
    ChannelSettings of(UserId userId);

    void save(ChannelSettings settings);

    /** Everyone whose Telegram channel is enabled (so has a bot token and a linked chat): whose commands are read. */
    java.util.List<ChannelSettings> withTelegramEnabled();
}
