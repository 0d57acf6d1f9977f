package io.quorum.execution.venue;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.BotOrdersCleared;
import io.quorum.contracts.executions.OrderCancelled;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.orders.BotTradingHalted;
import io.quorum.execution.orders.BotHalts;
import io.quorum.execution.orders.VenueOrder;
import io.quorum.execution.orders.VenueOrders;
import io.quorum.execution.platform.Outbox;
import io.quorum.execution.platform.ProcessedEvents;
import java.time.Instant;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transaction that ends a live halt, once Bybit lists none of the bot's orders: the bot's orders still open here
 * are recorded cancelled (OrderCancelled each), those still awaiting a placement's answer withdrawn, and
 * BotOrdersCleared says the bot is clean — once per halt event.
 */
public class HaltRecords {

    private final ProcessedEvents processedEvents;
    private final VenueOrders orders;
    private final Outbox outbox;

    public HaltRecords(ProcessedEvents processedEvents, VenueOrders orders, Outbox outbox) {
        this.processedEvents = processedEvents;
        this.orders = orders;
        this.outbox = outbox;
    }

    public List<Symbol> symbolsOf(BotId bot) {
        return orders.liveSymbolsOfBot(bot);
    }

    @Transactional
    public void cleared(Envelope<BotTradingHalted> halt) {
        if (!processedEvents.firstDelivery(halt.eventId())) {
            return;
        }
        BotTradingHalted halted = halt.payload();
        Instant at = halt.occurredAt();
        int cancelled = 0;
        for (VenueOrder open : orders.lockOpenOfBot(halted.botId())) {
            OrderCancelled cancellation = open.cancel(BotHalts.CANCEL_REASON, at);
            if (orders.recordTransition(open)) {
                outbox.add(halt.cause(cancellation, at));
                cancelled++;
            }
        }
        for (VenueOrder submitting : orders.lockSubmittingOfBot(halted.botId())) {
            OrderCancelled withdrawal = submitting.withdraw(BotHalts.CANCEL_REASON, at);
            if (orders.recordVenueAnswer(submitting, null)) {
                outbox.add(halt.cause(withdrawal, at));
                cancelled++;
            }
        }
        outbox.add(halt.cause(new BotOrdersCleared(halted.userId(), halted.botId(), cancelled), at));
    }
}
