package io.quorum.allocation.budgets;

import io.quorum.allocation.ledger.Account;
import io.quorum.allocation.ledger.BotBudget;
import io.quorum.allocation.ledger.BudgetStatus;
import io.quorum.allocation.ledger.jdbc.Accounts;
import io.quorum.allocation.platform.Outbox;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.orders.BotBudgetReleased;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Releases reservations whose start was never confirmed: the registry stopped waiting for the reserve answer (its
 * user got a 503 and the bot stayed stopped) or the bot was deleted meanwhile, so no BotStarted will come. After
 * {@code grace} without BotStarted and with nothing booked on it, the budget goes back to the user
 * ({@code BotBudgetReleased}, which moves a bot the registry does run to STOPPED — the case of a lifecycle topic
 * read later than the grace). A budget something was booked on was started after all: it is confirmed instead.
 * The grace is an operational timer on the wall clock, never a trading decision.
 */
public class UnconfirmedReservationSweep {

    private static final Logger log = LoggerFactory.getLogger(UnconfirmedReservationSweep.class);
    private static final int BATCH = 100;

    private final BudgetStarts starts;
    private final Accounts accounts;
    private final Outbox outbox;
    private final TransactionOperations transactions;
    private final Clock clock;
    private final Duration grace;

    public UnconfirmedReservationSweep(BudgetStarts starts, Accounts accounts, Outbox outbox,
                                       TransactionOperations transactions, Clock clock, Duration grace) {
        this.starts = starts;
        this.accounts = accounts;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.grace = grace;
    }

    /** One pass: every overdue reservation, each in a transaction of its own. How many were released. */
    public int sweep() {
        Instant now = clock.instant();
        Instant before = now.minus(grace);
        int released = 0;
        for (BudgetStarts.Unconfirmed overdue : starts.overdue(before, BATCH)) {
            Boolean done = transactions.execute(status -> release(overdue, now, before));
            if (Boolean.TRUE.equals(done)) {
                released++;
            }
        }
        return released;
    }

    private boolean release(BudgetStarts.Unconfirmed overdue, Instant now, Instant before) {
        Account account = accounts.lock(overdue.userId());
        if (!starts.stillOverdue(overdue.botId(), before)) {
            return false; // confirmed, or asked for again, since the list was read
        }
        Optional<BotBudget> budget = account.budget(overdue.botId());
        if (budget.isEmpty() || budget.get().status() != BudgetStatus.RESERVED) {
            starts.forget(overdue.botId());
            return false;
        }
        if (!BudgetReservations.untouched(budget.get())) {
            starts.confirm(overdue.botId(), now); // orders were booked: the bot did start
            return false;
        }
        budget.get().halt();
        Money returned = budget.get().release();
        accounts.save(account);
        starts.forget(overdue.botId());
        outbox.add(Envelope.originating(new BotBudgetReleased(overdue.userId(), overdue.botId(), returned), now));
        log.info("released the budget of bot {} ({} USDT): its start was not confirmed within {}",
                overdue.botId(), returned, grace);
        return true;
    }
}
