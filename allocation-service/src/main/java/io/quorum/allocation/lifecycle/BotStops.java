package io.quorum.allocation.lifecycle;

import io.quorum.allocation.ledger.Account;
import io.quorum.allocation.ledger.BotBudget;
import io.quorum.allocation.ledger.BudgetStatus;
import io.quorum.allocation.ledger.jdbc.Accounts;
import io.quorum.allocation.ledger.jdbc.Reservations;
import io.quorum.allocation.platform.Outbox;
import io.quorum.allocation.platform.ProcessedEvents;
import io.quorum.contracts.bots.BotStopRequested;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.BotOrdersCleared;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.orders.BotBudgetReleased;
import io.quorum.contracts.orders.BotTradingHalted;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/**
 * The allocation's part of stopping a bot (agreement 2): halt it (approve nothing more), then, once
 * execution has cleared its orders, give its budget back to the user.
 */
public class BotStops {

    private final ProcessedEvents processedEvents;
    private final Accounts accounts;
    private final Reservations reservations;
    private final Outbox outbox;

    public BotStops(ProcessedEvents processedEvents, Accounts accounts, Reservations reservations, Outbox outbox) {
        this.processedEvents = processedEvents;
        this.accounts = accounts;
        this.reservations = reservations;
        this.outbox = outbox;
    }

    @Transactional
    public void halt(Envelope<BotStopRequested> envelope) {
        if (!processedEvents.firstDelivery(envelope.eventId())) {
            return;
        }
        BotStopRequested request = envelope.payload();
        Account account = accounts.lock(request.userId());
        Optional<BotBudget> budget = account.budget(request.botId());
        if (budget.isPresent() && budget.get().status() == BudgetStatus.RELEASED) {
            return; // an old request replayed from the compacted lifecycle topic: this run is long over
        }
        // A bot without a budget is halted too, so that its stop can still complete.
        budget.ifPresent(BotBudget::halt);
        accounts.save(account);
        outbox.add(envelope.cause(new BotTradingHalted(request.userId(), request.botId()), envelope.occurredAt()));
    }

    @Transactional
    public void release(Envelope<BotOrdersCleared> envelope) {
        if (!processedEvents.firstDelivery(envelope.eventId())) {
            return;
        }
        BotOrdersCleared cleared = envelope.payload();
        Account account = accounts.lock(cleared.userId());
        Optional<BotBudget> budget = account.budget(cleared.botId());
        if (budget.isPresent() && budget.get().status() != BudgetStatus.HALTING) {
            return; // only a halting bot is released; a running one keeps its budget
        }
        Money returned = budget.map(BotBudget::release).orElse(Money.ZERO);
        reservations.closeAllOf(cleared.botId());
        accounts.save(account);
        outbox.add(envelope.cause(new BotBudgetReleased(cleared.userId(), cleared.botId(), returned), envelope.occurredAt()));
    }
}
