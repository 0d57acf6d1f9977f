package io.quorum.allocation.budgets;

import io.quorum.allocation.ledger.Account;
import io.quorum.allocation.ledger.ReserveOutcome;
import io.quorum.allocation.ledger.jdbc.Accounts;
import io.quorum.allocation.ledger.jdbc.Positions;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import org.springframework.transaction.annotation.Transactional;

/** Sets a bot's budget aside when it starts (agreement 1: the registry asks before it publishes BotStarted). */
public class BudgetReservations {

    private final Accounts accounts;
    private final Positions positions;

    public BudgetReservations(Accounts accounts, Positions positions) {
        this.accounts = accounts;
        this.positions = positions;
    }

    @Transactional
    public ReserveOutcome reserve(UserId userId, BotId botId, Money amount) {
        Account account = accounts.lock(userId);
        if (accounts.ownerOf(botId).filter(owner -> !owner.equals(userId)).isPresent()) {
            return new ReserveOutcome.BelongsToAnotherUser(botId);
        }
        ReserveOutcome outcome = account.reserve(botId, amount);
        if (outcome instanceof ReserveOutcome.Reserved) {
            positions.clear(botId);
            accounts.save(account);
        }
        return outcome;
    }
}
