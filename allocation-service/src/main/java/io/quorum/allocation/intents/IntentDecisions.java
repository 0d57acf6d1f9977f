package io.quorum.allocation.intents;

import io.quorum.allocation.intents.policy.IntentContext;
import io.quorum.allocation.intents.policy.IntentReview;
import io.quorum.allocation.ledger.Account;
import io.quorum.allocation.ledger.BotBudget;
import io.quorum.allocation.ledger.Reservation;
import io.quorum.allocation.ledger.jdbc.Accounts;
import io.quorum.allocation.ledger.jdbc.Positions;
import io.quorum.allocation.ledger.jdbc.Reservations;
import io.quorum.allocation.market.OrderBooks;
import io.quorum.allocation.metrics.AllocationMetrics;
import io.quorum.allocation.platform.Outbox;
import io.quorum.allocation.platform.ProcessedEvents;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.contracts.orders.OrderRejected;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approves or rejects each order intent against the user's equity, the symbol's latest order book and the bot's
 * budget; an approval sets the (possibly scaled-down) order's commitment aside and records how it was sized, in
 * the same transaction.
 */
public class IntentDecisions {

    private static final Logger log = LoggerFactory.getLogger(IntentDecisions.class);

    private final ProcessedEvents processedEvents;
    private final Accounts accounts;
    private final Reservations reservations;
    private final Positions positions;
    private final OrderBooks books;
    private final IntentReview review;
    private final Outbox outbox;
    private final AllocationMetrics metrics;

    public IntentDecisions(ProcessedEvents processedEvents, Accounts accounts, Reservations reservations,
                           Positions positions, OrderBooks books, IntentReview review, Outbox outbox,
                           AllocationMetrics metrics) {
        this.metrics = metrics;
        this.books = books;
        this.processedEvents = processedEvents;
        this.accounts = accounts;
        this.reservations = reservations;
        this.positions = positions;
        this.review = review;
        this.outbox = outbox;
    }

    @Transactional
    public void decide(Envelope<OrderIntentCreated> envelope) {
        if (!processedEvents.firstDelivery(envelope.eventId())) {
            return;
        }
        OrderIntentCreated intent = envelope.payload();
        Account account = accounts.lock(intent.userId());
        if (reservations.find(intent.intentId()).isPresent()) {
            // The same intent under a new event id: it was decided once, and one intent holds money once.
            log.warn("intent {} was already approved; ignoring event {}", intent.intentId(), envelope.eventId());
            return;
        }
        Optional<BotBudget> budget = account.budget(intent.botId());
        var context = new IntentContext(intent, intent.order(), budget,
                positions.find(intent.botId(), intent.order().symbol()),
                new IntentContext.Funds(account.equity(), account.allocatable(), account.allocated()),
                books.latest(intent.order().symbol()), envelope.occurredAt());
        switch (review.review(context)) {
            case IntentReview.Decision.Approved approved -> {
                budget.orElseThrow().commit(approved.commitment());
                reservations.save(Reservation.open(intent.intentId(), intent.botId(), approved.commitment()));
                reservations.recordSizing(intent.intentId(), approved.sizing(), approved.estimatedFee());
                accounts.save(account);
                outbox.add(envelope.cause(new OrderApproved(intent.intentId(), intent.userId(), intent.botId(),
                        ClientOrderId.forIntent(intent.botId(), intent.intentId()), approved.order(),
                        approved.commitment(), approved.sizing().expectedSlippage(), approved.estimatedFee(),
                        approved.sizing().scale(), approved.sizing().basis(), approved.twapBySize()), envelope.occurredAt()));
                metrics.approved(intent.order().symbol(), approved.sizing().basis());
            }
            case IntentReview.Decision.Rejected rejected -> {
                outbox.add(envelope.cause(new OrderRejected(intent.intentId(), intent.userId(), intent.botId(),
                        intent.order(), rejected.policy(), rejected.reason()), envelope.occurredAt()));
                metrics.rejected(rejected.policy());
            }
        }
    }
}
