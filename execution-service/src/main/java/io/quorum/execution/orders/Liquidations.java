package io.quorum.execution.orders;

import io.quorum.contracts.bots.BotStopTriggered;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.market.Instruments;
import io.quorum.contracts.market.TickObserved;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.execution.platform.Outbox;
import io.quorum.execution.positions.Position;
import io.quorum.execution.positions.Positions;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Isolated margin, as on Bybit: a position whose liquidation price the market reaches is closed
 * there by a reduce-only market order, so it never loses more than the margin set aside for it —
 * a bot's loss stays inside its budget and never eats another bot's slice of the balance. The bot
 * is then asked to stop (BotStopTriggered), which cancels its remaining orders through the usual
 * stop flow.
 */
public class Liquidations {

    private final VenueOrders orders;
    private final Positions positions;
    private final Settlement settlement;
    private final Outbox outbox;

    public Liquidations(VenueOrders orders, Positions positions, Settlement settlement, Outbox outbox) {
        this.orders = orders;
        this.positions = positions;
        this.settlement = settlement;
        this.outbox = outbox;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void liquidateCrossed(Symbol symbol, Price price, Envelope<TickObserved> tick, Instant at) {
        for (Position position : positions.lockLiquidatedBy(symbol, price)) {
            position.liquidationPrice(positions.maintenanceRate())
                    .ifPresent(liquidation -> liquidate(position, liquidation, tick, at));
        }
    }

    private void liquidate(Position position, BigDecimal liquidation, Envelope<TickObserved> tick, Instant at) {
        Instrument instrument = Instruments.of(position.symbol());
        // on the tick grid, on the trader's side of the liquidation price: the loss stays within the margin
        Price price = position.side() == PositionSide.LONG ? instrument.tickAbove(liquidation) : instrument.tickBelow(liquidation);
        IntentId intent = IntentId.derive(position.botId().toString(), "liquidation", position.symbol().value(),
                tick.eventId().toString());
        OrderSpec spec = OrderSpec.market(position.symbol(), position.closingSide(), position.size(), position.leverage(), true);
        VenueOrder order = VenueOrder.open(intent, ClientOrderId.forIntent(position.botId(), intent), position.userId(),
                position.botId(), spec, at);
        if (!orders.insertIfAbsent(order)) {
            return;
        }
        outbox.add(tick.cause(order.placed(), at));
        settlement.fill(order, price, Liquidity.TAKER, tick, at);
        String reason = "liquidated: " + position.side().name().toLowerCase() + " " + position.size() + " " + position.symbol()
                + " at " + price + " (entry " + position.entryPrice() + ", leverage " + position.leverage() + ")";
        outbox.add(tick.cause(new BotStopTriggered(position.botId(), position.userId(), reason, price), at));
    }
}
