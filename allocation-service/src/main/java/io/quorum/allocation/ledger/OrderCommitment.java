package io.quorum.allocation.ledger;

import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.OrderSpec;
import java.math.BigDecimal;

/**
 * How much of a bot's budget an order holds back until it ends: the taker fee on its notional, plus
 * the margin (notional / leverage) unless it only reduces the position. The taker rate is the worst
 * case whatever liquidity the order ends up taking.
 */
public final class OrderCommitment {

    private final FeeSchedule fees;

    public OrderCommitment(FeeSchedule fees) {
        this.fees = fees;
    }

    /** {@code reference} prices a market order (a limit order is priced at its limit); without one the notional is zero. */
    public Money of(OrderSpec order, Price reference) {
        Price price = order.limitPrice() != null ? order.limitPrice() : reference;
        if (price == null) {
            return Money.ZERO;
        }
        Money notional = price.times(order.quantity());
        Money fee = fees.taker().on(notional);
        return order.reduceOnly() ? fee : notional.dividedBy(BigDecimal.valueOf(order.leverage())).plus(fee);
    }

    /** The taker fee the commitment holds for the order (zero when it cannot be priced). */
    public Money fee(OrderSpec order, Price reference) {
        Price price = order.limitPrice() != null ? order.limitPrice() : reference;
        return price == null ? Money.ZERO : fees.taker().on(price.times(order.quantity()));
    }
}
