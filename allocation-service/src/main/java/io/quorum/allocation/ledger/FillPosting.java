package io.quorum.allocation.ledger;

import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;

/**
 * Books one fill: frees the order's share of its reservation, moves the bot's position and margin,
 * records realized profit and fee on the run and on the user's balance. The same fill always books
 * the same way, so the ledger is the sum of the fills.
 */
public final class FillPosting {

    private FillPosting() {
    }

    /** {@code reservation} is absent for an order that held none (the market order closing a stopping bot). */
    public static FillEffect post(OrderFilled fill, Account account, BotBudget budget, Position position,
                                  Reservation reservation) {
        if (reservation != null) {
            budget.releaseReservation(reservation.releaseForFill(fill.quantity(), fill.order().quantity(), fill.completesOrder()));
        }
        FillEffect effect = effectOn(position, fill);
        budget.post(effect);
        account.post(effect);
        return effect;
    }

    private static FillEffect effectOn(Position position, OrderFilled fill) {
        OrderSpec order = fill.order();
        if (order.side() == Side.BUY && !order.reduceOnly()) {
            return new FillEffect(position.buy(fill.price(), fill.quantity(), order.leverage()), Money.ZERO, fill.fee());
        }
        if (order.side() == Side.SELL && order.reduceOnly()) {
            Position.Closing closing = position.sell(fill.price(), fill.quantity());
            return new FillEffect(closing.marginReleased().negate(), closing.realizedPnl(), fill.fee());
        }
        // Shorts are not supported (LongOnlyPolicy): such a fill can only cost its fee.
        return new FillEffect(Money.ZERO, Money.ZERO, fill.fee());
    }
}
