package io.quorum.signal.risk;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderSpec;
import java.util.Objects;

/**
 * A confirmed plan with its quantity. {@code riskAmount} is what the bot meant to lose at the
 * stop, {@code margin} and {@code fee} what entering costs; {@code limitedBy} names the cap that
 * set the quantity (risk, budget or exposure), which users read when a trade is smaller than hoped.
 */
public record SizedOrder(ConfirmedPlan plan, Quantity quantity, Money riskAmount, Money notional, Money margin,
                         Money fee, String limitedBy) implements Sizing {

    public SizedOrder {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(quantity, "quantity");
        if (quantity.isZero()) {
            throw new IllegalArgumentException("a sized order needs a quantity");
        }
    }

    /** The market entry this trade starts with; TP and SL follow from the plan once it fills. */
    public OrderSpec entryOrder(Symbol symbol) {
        return OrderSpec.market(symbol, plan.side(), quantity, plan.leverage(), false);
    }
}
