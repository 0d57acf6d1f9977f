package io.quorum.notifier.settings.internal;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.notifier.notification.BotNames;
import io.quorum.notifier.platform.InvalidRequestException;
import io.quorum.notifier.settings.ChannelSettings;
import io.quorum.notifier.settings.ChannelSettingsPolicy;
import io.quorum.notifier.settings.ChannelSettingsStore;
import io.quorum.notifier.settings.SettingsDraft;
import io.quorum.notifier.settings.Verdict;
import org.springframework.transaction.annotation.Transactional;

/** Reads and replaces a user's channel settings. */
public class SettingsService {

    private final ChannelSettingsStore store;
    private final ChannelSettingsPolicy policy;
    private final BotNames bots;

    public SettingsService(ChannelSettingsStore store, ChannelSettingsPolicy policy, BotNames bots) {
        this.store = store;
        this.policy = policy;
        this.bots = bots;
    }

    @Transactional(readOnly = true)
    public ChannelSettings of(UserId userId) {
        return store.of(userId);
    }

    /** Replaces all of the user's settings: a channel left out of the draft is no longer configured. */
    @Transactional
    public ChannelSettings replace(UserId userId, SettingsDraft draft) {
        SettingsDraft effective = draft == null ? null : draft.keepingStoredTokenOf(store.of(userId));
        if (policy.check(effective) instanceof Verdict.Rejected rejected) {
            throw new InvalidRequestException(rejected.field(), rejected.reason());
        }
        // another user's bot is answered like one that does not exist: nothing tells the caller it is there
        for (BotId bot : effective.botIds()) {
            if (!bots.ownerOf(bot).map(userId::equals).orElse(false)) {
                throw new InvalidRequestException("bots." + bot, "is not one of your bots (or has not been started yet)");
            }
        }
        ChannelSettings settings = ChannelSettings.from(userId, effective);
        store.save(settings);
        return settings;
    }
}
