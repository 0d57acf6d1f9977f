package io.quorum.execution.orders;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Instruments;
import io.quorum.contracts.market.TickObserved;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.execution.platform.Outbox;
import io.quorum.execution.positions.Position;
import io.quorum.execution.positions.Positions;
import io.quorum.execution.positions.Positions.Protected;
import io.quorum.execution.positions.Protection.Trigger;
import java.time.Instant;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The venue-side stop-loss and take-profit of positions: the first tick that reaches either closes the whole
 * position with a reduce-only market order — taker fee, the market order's slippage from the tick's price —
 * in the tick's transaction. Closing clears the levels, and the close's intent is derived from the bot, the
 * symbol and the tick, so a position is closed once however often the tick is delivered.
 */
public class ProtectiveStops {

    private final VenueOrders orders;
    private final Positions positions;
    private final Slippage slippage;
    private final Settlement settlement;
    private final Outbox outbox;

    public ProtectiveStops(VenueOrders orders, Positions positions, Slippage slippage, Settlement settlement, Outbox outbox) {
        this.orders = orders;
        this.positions = positions;
        this.slippage = slippage;
        this.settlement = settlement;
        this.outbox = outbox;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void closeReached(Symbol symbol, Price price, Envelope<TickObserved> tick, Instant at) {
        for (Protected held : positions.lockProtectionReachedBy(symbol, price)) {
            held.protection().reachedBy(held.position().side(), price)
                    .ifPresent(trigger -> close(held, trigger, price, tick, at));
        }
    }

    private void close(Protected held, Trigger trigger, Price price, Envelope<TickObserved> tick, Instant at) {
        Position position = held.position();
        IntentId intent = IntentId.derive(position.botId().toString(), "protective-stop", position.symbol().value(),
                tick.eventId().toString());
        OrderSpec spec = OrderSpec.market(position.symbol(), position.closingSide(), position.size(), position.leverage(), true);
        VenueOrder order = VenueOrder.open(intent, ClientOrderId.forIntent(position.botId(), intent), position.userId(),
                position.botId(), spec, at);
        if (!orders.insertIfAbsent(order)) {
            return;
        }
        outbox.add(tick.cause(order.placed(), at));
        Price fillPrice = slippage.marketFillPrice(spec.side(), price, Instruments.of(position.symbol()));
        Price level = trigger == Trigger.STOP_LOSS ? held.protection().stopLoss() : held.protection().takeProfit();
        String reason = trigger.label() + " " + level + " reached at " + price + ": " + position.side().name().toLowerCase()
                + " " + position.size() + " " + position.symbol() + " closed at market, " + fillPrice;
        settlement.fill(order, fillPrice, Liquidity.TAKER, tick, at, reason);
    }
}
