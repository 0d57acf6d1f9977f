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
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

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
        // a bot known as another user's is not found, as every service answers a stranger's id; one not known here
        // at all may be the caller's own, created a moment ago and not yet heard of (BotCreated is on its way): 400,
        // try again, rather than a 404 that would tell the caller their own bot does not exist
        for (BotId bot : effective.botIds()) {
            if (bots.ownerOf(bot).filter(owner -> !owner.equals(userId)).isPresent()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no bot " + bot + " of yours");
            }
        }
        for (BotId bot : effective.botIds()) {
            if (bots.ownerOf(bot).isEmpty()) {
                throw new InvalidRequestException("bots." + bot, "is not a bot of yours known here (a bot created a"
                        + " moment ago is known within seconds)");
            }
        }
        ChannelSettings settings = ChannelSettings.from(userId, effective);
        store.save(settings);
        return settings;
    }
}
