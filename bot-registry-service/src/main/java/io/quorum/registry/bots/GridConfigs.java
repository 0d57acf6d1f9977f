package io.quorum.registry.bots;

import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.registry.bots.domain.Bot;
import io.quorum.registry.bots.domain.BotDraft;
import io.quorum.registry.bots.domain.BotSettings;
import io.quorum.registry.bots.domain.SettingsLocked;

/**
 * A grid bot's grid config: read it, or change it while the bot is not running. A change passes the
 * same rules as a new bot and takes effect at the bot's next start, which publishes it in BotStarted.
 */
public class GridConfigs {

    private final BotCatalog catalog;
    private final BotSettingsCheck check;

    public GridConfigs(BotCatalog catalog, BotSettingsCheck check) {
        this.catalog = catalog;
        this.check = check;
    }

    /** A bot that is not the caller's, or has no grid, has no grid config to show. */
    public Bot get(BotId id, UserId owner) {
        Bot bot = catalog.get(id, owner);
        if (bot.settings().kind() != BotKind.GRID) {
            throw new BotNotFound(id);
        }
        return bot;
    }

    /**
     * Refuses a running bot before asking the grid engine anything, and again under the row lock when
     * storing, in case the bot was started meanwhile. {@code leverage} null keeps the current one.
     */
    public Bot change(BotId id, UserId owner, Integer leverage, BotDraft.Grid grid) {
        Bot bot = get(id, owner);
        if (!bot.status().canStart()) {
            throw new SettingsLocked(id, bot.status());
        }
        BotSettings current = bot.settings();
        BotSettings changed = check.validate(current.draftWith(leverage == null ? current.leverage() : leverage, grid));
        return catalog.reconfigure(id, owner, changed);
    }
}
