package io.quorum.execution.orders;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.BotOrdersCleared;
import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.executions.OrderCancelled;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.market.Instruments;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.BotTradingHalted;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.execution.market.MarketMarks;
import io.quorum.execution.matching.PaperBooks;
import io.quorum.execution.matching.RestingOrder;
import io.quorum.execution.platform.AfterCommit;
import io.quorum.execution.platform.Outbox;
import io.quorum.execution.platform.ProcessedEvents;
import io.quorum.execution.positions.Position;
import io.quorum.execution.positions.Positions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/**
 * A halted bot leaves the venue clean, in one transaction: its open orders are cancelled (a TWAP's parent with
 * its unfilled rest, and its run ended), any open
 * position is closed by a reduce-only market order, and BotOrdersCleared says it is done.
 */
public class BotHalts implements BotClearing {

    public static final String CANCEL_REASON = "bot stopped";

    private final ProcessedEvents processedEvents;
    private final VenueOrders orders;
    private final Positions positions;
    private final MarketMarks marks;
    private final Slippage slippage;
    private final Settlement settlement;
    private final PaperBooks books;
    private final Outbox outbox;
    private final SlicedOrders sliced;

    public BotHalts(ProcessedEvents processedEvents, VenueOrders orders, Positions positions, MarketMarks marks,
                    Slippage slippage, Settlement settlement, PaperBooks books, Outbox outbox, SlicedOrders sliced) {
        this.processedEvents = processedEvents;
        this.orders = orders;
        this.positions = positions;
        this.marks = marks;
        this.slippage = slippage;
        this.settlement = settlement;
        this.books = books;
        this.outbox = outbox;
        this.sliced = sliced;
    }

    @Override
    @Transactional
    public void halt(Envelope<BotTradingHalted> halt) {
        if (!processedEvents.firstDelivery(halt.eventId())) {
            return;
        }
        BotTradingHalted halted = halt.payload();
        Instant at = halt.occurredAt();
        int cancelled = 0;
        for (VenueOrder open : orders.lockOpenOfBot(halted.botId())) {
            Optional<RestingOrder> resting = open.resting(); // taken before the cancel ends it
            OrderCancelled cancellation = open.cancel(CANCEL_REASON, at);
            if (orders.recordTransition(open)) {
                outbox.add(halt.cause(cancellation, at));
                resting.ifPresent(order -> AfterCommit.run(() -> books.remove(order)));
                cancelled++;
            }
        }
        // a TWAP's parent order was among them, cancelled with its unfilled rest: its run ends, no slice follows
        sliced.botHalted(halted.botId(), CANCEL_REASON, at);
        List<Position> open = positions.lockOpenOfBot(halted.botId());
        for (int i = 0; i < open.size(); i++) {
            close(open.get(i), closeIntent(halt, open.get(i), i), halt, at);
        }
        outbox.add(halt.cause(new BotOrdersCleared(halted.userId(), halted.botId(), cancelled), at));
    }

    /**
     * The agreed id of the closing order is derived from the bot and the halt event, so a redelivered
     * halt closes nothing twice; a bot holding several symbols (rare) adds the symbol from the second on.
     */
    public static IntentId closeIntent(Envelope<BotTradingHalted> halt, Position position, int index) {
        String bot = halt.payload().botId().toString();
        String haltId = halt.eventId().toString();
        return index == 0
                ? IntentId.derive(bot, "stop-close", haltId)
                : IntentId.derive(bot, "stop-close", haltId, position.symbol().value());
    }

    private void close(Position position, IntentId intent, Envelope<BotTradingHalted> halt, Instant at) {
        OrderSpec spec = OrderSpec.market(position.symbol(), position.closingSide(), position.size(), position.leverage(), true);
        ClientOrderId clientOrderId = ClientOrderId.forIntent(position.botId(), intent);
        Optional<Price> last = marks.lastPrice(position.symbol());
        if (last.isEmpty()) {
            VenueOrder refused = VenueOrder.refuse(intent, clientOrderId, position.userId(), position.botId(), spec,
                    "no market price yet for " + position.symbol(), at);
            if (orders.insertIfAbsent(refused)) {
                outbox.add(halt.cause(refused.rejection(), at));
            }
            return;
        }
        VenueOrder order = VenueOrder.open(intent, clientOrderId, position.userId(), position.botId(), spec, at);
        if (!orders.insertIfAbsent(order)) {
            return;
        }
        outbox.add(halt.cause(order.placed(), at));
        Price price = slippage.marketFillPrice(spec.side(), last.get(), Instruments.of(spec.symbol()));
        settlement.fill(order, price, Liquidity.TAKER, halt, at);
    }
}
