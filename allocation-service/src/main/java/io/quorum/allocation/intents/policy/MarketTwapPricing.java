package io.quorum.allocation.intents.policy;

import io.quorum.contracts.market.BookLevel;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Percent;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.OrderType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.List;

/**
 * The reference price an opening market order is reserved at, and whether it opens at all. A market order has no price
 * of its own, so its margin cannot be known before it fills; a TWAP's slices fill over minutes, so neither can it be
 * bounded by the slippage of one sweep. What the allocation can know is the book now: the price is the far end of what
 * buying the whole quantity at once would take from the asks of a fresh book (within {@code staleAfter} of the
 * intent's event time), raised by {@code markup} for the drift over the run. The asks are taken for a sell too: the
 * margin of a short grows with the price, so the higher price is the cautious one. Empty when the order is no opening
 * market order, when there is no fresh book, or when its visible asks cannot hold the whole quantity.
 *
 * <p>An opening market order opens only as a TWAP: one its strategy marked, or one whose notional at that price
 * reaches {@code twapMinNotional} — the same threshold ({@code quorum.execution.twap.min-notional}) at which the venue
 * slices any order by its size, which the venue cannot apply to a market order on Bybit for want of a price. Such an
 * approval is marked ({@code OrderApproved.twapBySize}) and the venue slices it into its configured shape.
 */
public final class MarketTwapPricing {

    private final Duration staleAfter;
    private final Percent markup;
    private final Money twapMinNotional;

    public MarketTwapPricing(Duration staleAfter, Percent markup, Money twapMinNotional) {
        this.staleAfter = staleAfter;
        this.markup = markup;
        this.twapMinNotional = Objects.requireNonNull(twapMinNotional, "twapMinNotional");
    }

    public Optional<Price> referencePrice(IntentContext context) {
        OrderSpec order = context.order();
        if (order.type() != OrderType.MARKET || order.reduceOnly() || context.book().isEmpty() || context.at() == null) {
            return Optional.empty();
        }
        LatestBook latest = context.book().get();
        if (Duration.between(latest.observedAt(), context.at()).abs().compareTo(staleAfter) > 0) {
            return Optional.empty();
        }
        return farAsk(latest.book().asks(), order.quantity().value())
                .map(far -> Price.of(far.multiply(BigDecimal.ONE.add(markup.fraction())).setScale(far.scale() + 4, RoundingMode.UP)));
    }

    /**
     * Whether {@code order}, an opening market order its strategy did not mark, is to be executed as a TWAP because its
     * notional at {@code price} (its reference price above) reaches the threshold.
     */
    public boolean slicedBySize(OrderSpec order, Price price) {
        return order.type() == OrderType.MARKET && !order.reduceOnly() && order.twap() == null && price != null
                && price.times(order.quantity()).compareTo(twapMinNotional) >= 0;
    }

    public Money twapMinNotional() {
        return twapMinNotional;
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
