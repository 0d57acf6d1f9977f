package io.quorum.contracts.executions;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.event.UserScoped;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderSpec;

/**
 * An order filled, {@code quantity} at {@code price}, paying {@code fee}. {@code remaining} is what is
 * still open; zero means the order is done (a terminal state).
 */
public record OrderFilled(IntentId intentId, UserId userId, BotId botId, ClientOrderId clientOrderId, OrderSpec order,
                          Price price, Quantity quantity, Quantity remaining, Money fee, Liquidity liquidity)
        implements UserScoped {

    public OrderFilled {
        requireNonNull(intentId, "intentId");
        requireNonNull(userId, "userId");
        requireNonNull(botId, "botId");
        requireNonNull(clientOrderId, "clientOrderId");
        requireNonNull(order, "order");
        requireNonNull(price, "price");
        requireNonNull(quantity, "quantity");
        requireNonNull(remaining, "remaining");
        requireNonNull(fee, "fee");
        requireNonNull(liquidity, "liquidity");
        if (quantity.isZero()) {
            throw new IllegalArgumentException("a fill has a positive quantity");
        }
        if (fee.isNegative()) {
            throw new IllegalArgumentException("fee must not be negative");
        }
    }

    public Money notional() {
        return price.times(quantity);
    }

    public boolean completesOrder() {
        return remaining.isZero();
    }
}
