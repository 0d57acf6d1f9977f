package io.quorum.grid.slots;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.Side;

/** One execution of a slot's order; {@code completesOrder} is false for a partial fill. */
public record Fill(Side side, Price price, Quantity quantity, Money fee, boolean completesOrder) {

    public Fill {
        requireNonNull(side, "side");
        requireNonNull(price, "price");
        requireNonNull(quantity, "quantity");
        requireNonNull(fee, "fee");
    }

    public static Fill of(OrderFilled filled) {
        return new Fill(filled.order().side(), filled.price(), filled.quantity(), filled.fee(), filled.completesOrder());
    }

    public Money notional() {
        return price.times(quantity);
    }
}
