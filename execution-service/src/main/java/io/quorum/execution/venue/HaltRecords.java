package io.quorum.execution.venue;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.BotHaltStalled;
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
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactions of a live halt: the closing orders of the bot's open positions recorded before they are sent
 * ({@link #closesFor}); once Bybit lists none of the bot's orders and the bot holds no position, the end
 * ({@link #cleared}): the bot's orders still open here are recorded cancelled (OrderCancelled each), those still
 * awaiting a placement's answer withdrawn, BotOrdersCleared says the bot is clean, and the pending halt is deleted —
 * once per halt event; and the alert when a halt stays unconfirmed ({@link #stalled}).
 */
public class HaltRecords {

    /** A closing order of the current round: to be sent (new, or resumed), or already answered by Bybit. */
    public sealed interface Close {
        record ToSend(Submission submission) implements Close {
        }

        record Sent(VenueOrder order) implements Close {
        }
    }

    private final ProcessedEvents processedEvents;
    private final VenueOrders orders;
    private final Positions positions;
    private final PendingHalts pending;
    private final Outbox outbox;

    public HaltRecords(ProcessedEvents processedEvents, VenueOrders orders, Positions positions, PendingHalts pending,
                       Outbox outbox) {
        this.processedEvents = processedEvents;
        this.orders = orders;
        this.positions = positions;
        this.pending = pending;
        this.outbox = outbox;
    }

    /**
     * The agreed id of a live halt's closing order: the bot, the halt event, the symbol and the round (a new round
     * starts only when the previous round's close ended at Bybit without closing the position), so an attempt repeated
     * for any reason places no close twice.
     */
    public static IntentId closeIntent(Envelope<BotTradingHalted> halt, Symbol symbol, int round) {
        return IntentId.derive(halt.payload().botId().toString(), "stop-close", halt.eventId().toString(), symbol.value(),
                "round-" + round);
    }

    /**
     * For each open position of the halted bot, its closing order of this round, a reduce-only market order: recorded
     * SUBMITTING and handed out to be sent; handed out to be resumed when an earlier attempt left it SUBMITTING; or,
     * once Bybit answered it, handed out as sent, for the caller to follow.
     */
    @Transactional
    public List<Close> closesFor(Envelope<BotTradingHalted> halt, int round) {
        List<Close> closes = new ArrayList<>();
        for (Position position : positions.lockOpenOfBot(halt.payload().botId())) {
            IntentId intent = closeIntent(halt, position.symbol(), round);
            ClientOrderId id = ClientOrderId.forIntent(position.botId(), intent);
            Optional<VenueOrder> earlier = orders.find(id);
            if (earlier.isPresent()) {
                VenueOrder order = earlier.get();
                closes.add(order.status() == OrderStatus.SUBMITTING ? new Close.ToSend(new Submission(order, true)) : new Close.Sent(order));
                continue;
            }
            OrderSpec spec = OrderSpec.market(position.symbol(), position.closingSide(), position.size(), position.leverage(), true);
            VenueOrder close = VenueOrder.submitting(intent, id, position.userId(), position.botId(), spec, halt.occurredAt());
            if (orders.insertIfAbsent(close)) {
                closes.add(new Close.ToSend(new Submission(close, false)));
            }
        }
        return closes;
    }

    public List<Symbol> symbolsOf(BotId bot) {
        return orders.liveSymbolsOfBot(bot);
    }

    /** The symbols in which the bot holds a position, as its applied fills say. */
    @Transactional
    public List<Symbol> openPositionsOf(BotId bot) {
        return positions.lockOpenOfBot(bot).stream().map(Position::symbol).toList();
    }

    /**
     * Ends a confirmed halt: Bybit lists none of the bot's orders and the bot holds no position. Its orders still open
     * here (a closing order whose remainder Bybit ended, an order Bybit ended by itself) are recorded cancelled, those
     * still awaiting an answer withdrawn, BotOrdersCleared published, and the pending halt deleted.
     */
    @Transactional
    public void cleared(Envelope<BotTradingHalted> halt) {
        pending.confirmed(halt.eventId());
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

    /** Tells the user, once per halt, that the bot is still not confirmed clean after {@code attempts} tries. */
    @Transactional
    public void stalled(Envelope<BotTradingHalted> halt, int attempts, String why, Instant now) {
        if (pending.markStalledAlerted(halt.eventId())) {
            BotTradingHalted halted = halt.payload();
            outbox.add(halt.cause(new BotHaltStalled(halted.userId(), halted.botId(), attempts, why), now));
        }
    }
}
