package io.quorum.registry.bots;

import io.quorum.contracts.ids.UserId;
import io.quorum.registry.bots.domain.Bot;
import io.quorum.registry.bots.domain.BotDraft;

/** Creating a bot: check its settings (the grid engine too, outside any transaction), then store it. */
public class BotCreation {

    private final BotSettingsCheck check;
    private final BotCatalog catalog;

    public BotCreation(BotSettingsCheck check, BotCatalog catalog) {
        this.check = check;
        this.catalog = catalog;
    }

    public Bot create(UserId owner, BotDraft draft) {
        return catalog.add(owner, check.validate(draft));
    }
}
