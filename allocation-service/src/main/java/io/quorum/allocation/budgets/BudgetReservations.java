package io.quorum.allocation.budgets;

import io.quorum.allocation.ledger.Account;
import io.quorum.allocation.ledger.BotBudget;
import io.quorum.allocation.ledger.BudgetStatus;
import io.quorum.allocation.ledger.ReserveOutcome;
import io.quorum.allocation.ledger.jdbc.Accounts;
import io.quorum.allocation.ledger.jdbc.BotOwners;
import io.quorum.allocation.ledger.jdbc.Positions;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import java.time.Clock;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets a bot's budget aside when it starts (agreement 1: the registry asks before it publishes BotStarted). A
 * reservation stays unconfirmed until BotStarted of the bot arrives ({@link BudgetStarts}): the registry may have
 * given up waiting for this answer, so an unconfirmed reservation belongs to whichever start comes next — asked again
 * with the same amount it is reused, with another amount it is replaced — and {@link UnconfirmedReservationSweep}
 * releases one that nobody confirms.
 */
public class BudgetReservations {

    private final Accounts accounts;
    private final BotOwners owners;
    private final Positions positions;
    private final BudgetStarts starts;
    private final Clock clock;

    public BudgetReservations(Accounts accounts, BotOwners owners, Positions positions, BudgetStarts starts, Clock clock) {
        this.accounts = accounts;
        this.owners = owners;
        this.positions = positions;
        this.starts = starts;
        this.clock = clock;
    }

    @Transactional
    public ReserveOutcome reserve(UserId userId, BotId botId, Money amount) {
        Account account = accounts.lock(userId);
        if (owners.belongsToAnotherThan(botId, userId)) {
            return new ReserveOutcome.BelongsToAnotherUser(botId);
        }
        owners.learn(botId, userId); // the registry reserves for the bot's owner; usually BotCreated told it already
        Optional<BotBudget> existing = account.budget(botId);
        boolean unconfirmed = existing.isPresent() && existing.get().status() == BudgetStatus.RESERVED
                && starts.unconfirmed(botId);
        if (unconfirmed && existing.get().amount().compareTo(amount) != 0 && untouched(existing.get())) {
            // a start nobody confirmed, asked for another amount (the user changed the budget after a start the
            // registry gave up on): hand its reservation back within this transaction and reserve the new amount
            existing.get().halt();
            existing.get().release();
        }
        ReserveOutcome outcome = account.reserve(botId, amount);
        if (outcome instanceof ReserveOutcome.Reserved) {
            positions.clear(botId);
            accounts.save(account);
            starts.reserved(botId, clock.instant());
        } else if (outcome instanceof ReserveOutcome.AlreadyReserved && unconfirmed) {
            starts.reserved(botId, clock.instant()); // this start now owns it: the grace starts again
        }
        return outcome;
    }

    /** Nothing was ever booked on the budget: no order held, no margin, no result, no fee. */
    static boolean untouched(BotBudget budget) {
        return budget.reserved().value().signum() == 0 && budget.marginInUse().value().signum() == 0
                && budget.realizedPnl().value().signum() == 0 && budget.fees().value().signum() == 0;
    }
}
