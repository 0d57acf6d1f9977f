package io.quorum.registry.bots;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.registry.bots.domain.Bot;
import io.quorum.registry.bots.domain.BotSettings;
import io.quorum.registry.bots.domain.SettingsLocked;

/**
 * A user's PATCH of a bot: the name at any time; the budget and the leverage only while the bot is not running
 * (409 otherwise, before anything is checked). The edited settings pass the creation rules again — a grid bot's the
 * grid engine's check too, when its budget or leverage changes — outside any transaction; nothing is stored unless
 * all pass.
 */
public class BotEdits {

    private final BotCatalog catalog;
    private final BotSettingsCheck check;

    public BotEdits(BotCatalog catalog, BotSettingsCheck check) {
        this.catalog = catalog;
        this.check = check;
    }

    Bot edit(BotId id, UserId owner, BotEdit edit) {
        Bot bot = catalog.get(id, owner);
        if (edit.touchesTrading() && !bot.status().canStart()) {
            throw new SettingsLocked(id, bot.status(), "Stop the bot to change its budget or leverage");
        }
        BotSettings current = bot.settings();
        var draft = current.draftWith(edit.name() == null ? current.name() : edit.name(),
                edit.budget() == null ? current.budget().value() : edit.budget(),
                edit.leverage() == null ? current.leverage() : edit.leverage());
        if (edit.touchesTrading()) {
            check.validate(draft);
        } else {
            check.validateLocally(draft);
        }
        return catalog.edit(id, owner, current, edit);
    }
}
