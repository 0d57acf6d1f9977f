package io.quorum.grid.slots;

import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;

/**
 * What one slot's current cycle actually traded, from the fills (not from the level prices): the
 * profit of a cycle is the sell proceeds minus the buy cost minus every fee paid on the way.
 */
public record CycleBook(Quantity bought, Money buyCost, Money buyFees, Quantity sold, Money sellProceeds, Money sellFees) {

    public static final CycleBook EMPTY = new CycleBook(Quantity.ZERO, Money.ZERO, Money.ZERO, Quantity.ZERO, Money.ZERO, Money.ZERO);

    public CycleBook withBuy(Fill fill) {
        return new CycleBook(bought.plus(fill.quantity()), buyCost.plus(fill.notional()), buyFees.plus(fill.fee()),
                sold, sellProceeds, sellFees);
    }

    public CycleBook withSell(Fill fill) {
        return new CycleBook(bought, buyCost, buyFees, sold.plus(fill.quantity()), sellProceeds.plus(fill.notional()),
                sellFees.plus(fill.fee()));
    }

    /** Bought and not yet sold: what a sell order of this slot may offer. */
    public Quantity held() {
        return bought.minus(bought.min(sold));
    }

    public Money profit() {
        return sellProceeds.minus(buyCost).minus(buyFees).minus(sellFees);
    }

    /** The held quantity valued at {@code last} against its average buy price; zero when nothing is held. */
    public Money unrealizedAt(Price last) {
        Quantity held = held();
        if (held.isZero()) {
            return Money.ZERO;
        }
        Money heldCost = buyCost.times(held.value()).dividedBy(bought.value());
        return last.times(held).minus(heldCost);
    }
}
