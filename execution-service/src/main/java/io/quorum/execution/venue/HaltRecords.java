package io.quorum.execution.venue;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.BotOrdersCleared;
import io.quorum.contracts.executions.OrderCancelled;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.orders.BotTradingHalted;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.execution.orders.BotHalts;
import io.quorum.execution.orders.OrderStatus;
import io.quorum.execution.orders.VenueOrder;
import io.quorum.execution.orders.VenueOrders;
import io.quorum.execution.platform.Outbox;
import io.quorum.execution.platform.ProcessedEvents;
import io.quorum.execution.positions.Position;
import io.quorum.execution.positions.Positions;
import io.quorum.execution.venue.Submissions.Submission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactions of a live halt: the closing orders of the bot's open positions recorded before they are sent
 * ({@link #closesFor}); and, once Bybit lists none of the bot's other orders, the end ({@link #cleared}): the bot's
 * orders still open here are recorded cancelled (OrderCancelled each), those still awaiting a placement's answer
 * withdrawn, and BotOrdersCleared says the bot is clean — once per halt event.
 */
public class HaltRecords {

    private final ProcessedEvents processedEvents;
    private final VenueOrders orders;
    private final Positions positions;
    private final Outbox outbox;

    public HaltRecords(ProcessedEvents processedEvents, VenueOrders orders, Positions positions, Outbox outbox) {
        this.processedEvents = processedEvents;
        this.orders = orders;
        this.positions = positions;
        this.outbox = outbox;
    }

    /**
     * The halted bot's open positions, each to be closed by a reduce-only market order whose intent derives from the
     * bot and the halt event (as on the paper venue), recorded SUBMITTING; a close an earlier delivery of the halt left
     * SUBMITTING is handed out to be resumed, one it placed is not placed again.
     */
    @Transactional
    public List<Submission> closesFor(Envelope<BotTradingHalted> halt) {
        List<Position> open = positions.lockOpenOfBot(halt.payload().botId());
        List<Submission> closes = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            Position position = open.get(i);
            IntentId intent = BotHalts.closeIntent(halt, position, i);
            ClientOrderId id = ClientOrderId.forIntent(position.botId(), intent);
            Optional<VenueOrder> earlier = orders.find(id);
            if (earlier.isPresent()) {
                earlier.filter(order -> order.status() == OrderStatus.SUBMITTING).ifPresent(order -> closes.add(new Submission(order, true)));
                continue;
            }
            OrderSpec spec = OrderSpec.market(position.symbol(), position.closingSide(), position.size(), position.leverage(), true);
            VenueOrder close = VenueOrder.submitting(intent, id, position.userId(), position.botId(), spec, halt.occurredAt());
            if (orders.insertIfAbsent(close)) {
                closes.add(new Submission(close, false));
            }
        }
        return closes;
    }

    public List<Symbol> symbolsOf(BotId bot) {
        return orders.liveSymbolsOfBot(bot);
    }

    /** Ends the halt; the bot's orders in {@code closing} (its positions' closing orders) stay open to fill. */
    @Transactional
    public void cleared(Envelope<BotTradingHalted> halt, Set<ClientOrderId> closing) {
        if (!processedEvents.firstDelivery(halt.eventId())) {
            return;
        }
        BotTradingHalted halted = halt.payload();
        Instant at = halt.occurredAt();
        int cancelled = 0;
        for (VenueOrder open : orders.lockOpenOfBot(halted.botId())) {
            if (closing.contains(open.clientOrderId())) {
                continue;
            }
            OrderCancelled cancellation = open.cancel(BotHalts.CANCEL_REASON, at);
            if (orders.recordTransition(open)) {
                outbox.add(halt.cause(cancellation, at));
                cancelled++;
            }
        }
        for (VenueOrder submitting : orders.lockSubmittingOfBot(halted.botId())) {
            if (closing.contains(submitting.clientOrderId())) {
                continue; // its placement went unanswered: resumed when the halt is delivered again
            }
            OrderCancelled withdrawal = submitting.withdraw(BotHalts.CANCEL_REASON, at);
            if (orders.recordVenueAnswer(submitting, null)) {
                outbox.add(halt.cause(withdrawal, at));
                cancelled++;
            }
        }
        outbox.add(halt.cause(new BotOrdersCleared(halted.userId(), halted.botId(), cancelled), at));
    }
}
