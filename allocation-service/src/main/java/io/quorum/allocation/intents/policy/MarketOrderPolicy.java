package io.quorum.allocation.intents.policy;

import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.OrderType;

/**
 * An opening market order has no price to reserve margin against, so its cost is unknown until it fills: it is
 * refused — except an opening market TWAP that {@link MarketTwapPricing} can price from a fresh order book, whose
 * reservation is then made at that price: one its strategy marked, or one whose notional at that price reaches the TWAP
 * threshold (it is approved marked to be sliced by its size). Reduce-only market orders (which need no margin) are
 * accepted.
 */
public final class MarketOrderPolicy implements OrderPolicy {

    private final MarketTwapPricing twapPricing;

    /** Refuses every opening market order. */
    public MarketOrderPolicy() {
        this(null);
    }

    /** Accepts an opening market TWAP that {@code twapPricing} prices; refuses every other opening market order. */
    public MarketOrderPolicy(MarketTwapPricing twapPricing) {
        this.twapPricing = twapPricing;
    }

    @Override
    public Verdict check(IntentContext context) {
        OrderSpec order = context.order();
        if (order.type() != OrderType.MARKET || order.reduceOnly()) {
            return Verdict.ALLOW;
        }
        if (order.twap() != null && twapPricing != null) {
            return context.quotedPrice() != null || twapPricing.referencePrice(context).isPresent() ? Verdict.ALLOW
                    : Verdict.reject(this, "a market TWAP is priced from a fresh order book of " + order.symbol()
                            + " deep enough for its quantity, and there is none");
        }
        if (twapPricing != null) {
            Price price = context.quotedPrice() != null ? context.quotedPrice() : twapPricing.referencePrice(context).orElse(null);
            if (twapPricing.slicedBySize(order, price)) {
                return Verdict.ALLOW;
            }
        }
        return Verdict.reject(this, "market orders need a reference price");
    }
}
