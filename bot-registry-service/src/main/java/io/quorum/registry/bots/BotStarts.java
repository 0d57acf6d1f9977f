package io.quorum.registry.bots;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.registry.bots.domain.Bot;
import io.quorum.registry.bots.domain.BudgetReservations;

/**
 * Starting a bot: note the start, reserve its budget at the allocation, then mark it running. The HTTP call happens
 * outside any transaction so no row stays locked while the allocation thinks; the noted start keeps the budget and
 * the bot itself from changing meanwhile, and refuses a second concurrent start before it reserves anything.
 */
public class BotStarts {

    private final BudgetReservations reservations;
    private final BotLifecycle lifecycle;

    public BotStarts(BudgetReservations reservations, BotLifecycle lifecycle) {
        this.reservations = reservations;
        this.lifecycle = lifecycle;
    }

    public Bot start(BotId id, UserId owner) {
        BotLifecycle.StartTicket ticket = lifecycle.beginStart(id, owner);
        BudgetReservations.Reservation reservation;
        try {
            reservation = reservations.reserve(id, owner, ticket.bot().settings().budget());
        } catch (RuntimeException e) {
            lifecycle.abandonStart(ticket);
            throw e;
        }
        switch (reservation) {
            case BudgetReservations.Reserved reserved -> {
                // the budget is set aside: go on
            }
            case BudgetReservations.Refused refused -> {
                lifecycle.abandonStart(ticket);
                throw new AllocationRefused(refused);
            }
            case BudgetReservations.Unavailable unavailable -> {
                lifecycle.abandonStart(ticket);
                throw new AllocationUnavailable(unavailable.reason());
            }
        }
        return lifecycle.markRunning(ticket);
    }
}
