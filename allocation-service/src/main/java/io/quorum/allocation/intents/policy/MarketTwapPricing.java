package io.quorum.allocation.intents.policy;

import io.quorum.contracts.market.BookLevel;
import io.quorum.contracts.money.Percent;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.OrderType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The reference price an opening market TWAP is reserved at. A market order has no price of its own, so its margin
 * cannot be known before it fills; a TWAP's slices fill over minutes, so neither can it be bounded by the slippage of
 * one sweep. What the allocation can know is the book now: the price is the far end of what buying the whole quantity
 * at once would take from the asks of a fresh book (within {@code staleAfter} of the intent's event time), raised by
 * {@code markup} for the drift over the run. The asks are taken for a sell too: the margin of a short grows with the
 * price, so the higher price is the cautious one. Empty when the order is no opening market TWAP, when there is no
 * fresh book, or when its visible asks cannot hold the whole quantity — such an order stays refused.
 */
public final class MarketTwapPricing {

    private final Duration staleAfter;
    private final Percent markup;

    public MarketTwapPricing(Duration staleAfter, Percent markup) {
        this.staleAfter = staleAfter;
        this.markup = markup;
    }

    public Optional<Price> referencePrice(IntentContext context) {
        OrderSpec order = context.order();
        if (order.type() != OrderType.MARKET || order.reduceOnly() || order.twap() == null || context.book().isEmpty()
                || context.at() == null) {
            return Optional.empty();
        }
        LatestBook latest = context.book().get();
        if (Duration.between(latest.observedAt(), context.at()).abs().compareTo(staleAfter) > 0) {
            return Optional.empty();
        }
        return farAsk(latest.book().asks(), order.quantity().value())
                .map(far -> Price.of(far.multiply(BigDecimal.ONE.add(markup.fraction())).setScale(far.scale() + 4, RoundingMode.UP)));
    }

    /** The highest ask a buy of {@code quantity} reaches, best first; empty when the visible asks hold less. */
    private static Optional<BigDecimal> farAsk(List<BookLevel> asks, BigDecimal quantity) {
        BigDecimal left = quantity;
        BigDecimal highest = null;
        for (BookLevel level : asks) {
            highest = highest == null || level.price().value().compareTo(highest) > 0 ? level.price().value() : highest;
            left = left.subtract(level.quantity().value());
            if (left.signum() <= 0) {
                return Optional.of(highest);
            }
        }
        return Optional.empty();
    }
}
