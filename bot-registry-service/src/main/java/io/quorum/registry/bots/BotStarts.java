package io.quorum.registry.bots;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.registry.bots.domain.Bot;
import io.quorum.registry.bots.domain.BudgetReservations;

/**
 * Starting a bot: reserve its budget at the allocation, then mark it running. The HTTP call happens
 * outside any transaction so no row stays locked while the allocation thinks; reserving is idempotent
 * per bot, so a start that loses a race to a concurrent one leaves nothing extra behind.
 */
public class BotStarts {

    private final BotCatalog catalog;
    private final BudgetReservations reservations;
    private final BotLifecycle lifecycle;

    public BotStarts(BotCatalog catalog, BudgetReservations reservations, BotLifecycle lifecycle) {
        this.catalog = catalog;
        this.reservations = reservations;
        this.lifecycle = lifecycle;
    }

    public Bot start(BotId id, UserId owner) {
        Bot bot = catalog.get(id, owner);
        bot.ensureStartable();
        switch (reservations.reserve(id, owner, bot.settings().budget())) {
            case BudgetReservations.Reserved reserved -> {
                // the budget is set aside: go on
            }
            case BudgetReservations.Refused refused -> throw new AllocationRefused(refused);
            case BudgetReservations.Unavailable unavailable -> throw new AllocationUnavailable(unavailable.reason());
        }
        return lifecycle.markRunning(id, owner);
    }
}
