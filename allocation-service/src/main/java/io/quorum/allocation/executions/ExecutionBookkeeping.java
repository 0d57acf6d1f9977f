package io.quorum.allocation.executions;

import io.quorum.allocation.ledger.Account;
import io.quorum.allocation.ledger.BotBudget;
import io.quorum.allocation.ledger.FillEffect;
import io.quorum.allocation.ledger.FillPosting;
import io.quorum.allocation.ledger.Position;
import io.quorum.allocation.ledger.Reservation;
import io.quorum.allocation.ledger.jdbc.Accounts;
import io.quorum.allocation.ledger.jdbc.Positions;
import io.quorum.allocation.ledger.jdbc.Reservations;
import io.quorum.allocation.platform.ProcessedEvents;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.OrderCancelled;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.OrderRejectedByVenue;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/** Books what happened at the venue: fills move money and margin; an order's end frees what it held back. */
public class ExecutionBookkeeping {

    private static final Logger log = LoggerFactory.getLogger(ExecutionBookkeeping.class);

    private final ProcessedEvents processedEvents;
    private final Accounts accounts;
    private final Reservations reservations;
    private final Positions positions;

    public ExecutionBookkeeping(ProcessedEvents processedEvents, Accounts accounts, Reservations reservations,
                                Positions positions) {
        this.processedEvents = processedEvents;
        this.accounts = accounts;
        this.reservations = reservations;
        this.positions = positions;
    }

    @Transactional
    public void filled(Envelope<OrderFilled> envelope) {
        if (!processedEvents.firstDelivery(envelope.eventId())) {
            return;
        }
        OrderFilled fill = envelope.payload();
        Account account = accounts.lock(fill.userId());
        Optional<BotBudget> budget = account.budget(fill.botId());
        if (budget.isEmpty()) {
            // Money moved at the venue for a bot we never funded: the fee is still the user's cost.
            log.warn("fill {} of bot {} without a budget: booking its fee only", envelope.eventId(), fill.botId());
            account.post(new FillEffect(Money.ZERO, Money.ZERO, fill.fee()));
            accounts.save(account);
            return;
        }
        Position position = positions.find(fill.botId(), fill.order().symbol())
                .orElseGet(() -> Position.flat(fill.botId(), fill.order().symbol(), fill.order().leverage()));
        Reservation reservation = openReservation(fill.intentId(), fill.botId()).orElse(null);
        FillPosting.post(fill, account, budget.get(), position, reservation);
        if (reservation != null) {
            reservations.save(reservation);
        }
        positions.save(position);
        accounts.save(account);
    }

    @Transactional
    public void cancelled(Envelope<OrderCancelled> envelope) {
        if (processedEvents.firstDelivery(envelope.eventId())) {
            orderEnded(envelope.payload().userId(), envelope.payload().botId(), envelope.payload().intentId());
        }
    }

    @Transactional
    public void refusedByVenue(Envelope<OrderRejectedByVenue> envelope) {
        if (processedEvents.firstDelivery(envelope.eventId())) {
            orderEnded(envelope.payload().userId(), envelope.payload().botId(), envelope.payload().intentId());
        }
    }

    private void orderEnded(UserId userId, BotId botId, IntentId intentId) {
        Account account = accounts.lock(userId);
        Optional<Reservation> reservation = openReservation(intentId, botId);
        Optional<BotBudget> budget = account.budget(botId);
        if (reservation.isEmpty() || budget.isEmpty()) {
            return;
        }
        budget.get().releaseReservation(reservation.get().close());
        reservations.save(reservation.get());
        accounts.save(account);
    }

    private Optional<Reservation> openReservation(IntentId intentId, BotId botId) {
        return reservations.find(intentId).filter(r -> r.isOpen() && r.botId().equals(botId));
    }
}
