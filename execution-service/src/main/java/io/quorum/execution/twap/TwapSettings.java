package io.quorum.execution.twap;

import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.OrderType;
import io.quorum.contracts.orders.TwapSpec;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code quorum.execution.twap.*}: an order whose notional (limit or last price × quantity) reaches {@code min-notional}
 * USDT is executed as {@code slices} slices over {@code duration} (unless its strategy gave its own TWAP shape), and so
 * is an opening market order the allocation approved marked as that large ({@code OrderApproved.twapBySize}: the
 * allocation reads this same {@code min-notional} and prices the order from the book). The
 * default threshold is far above any grid or AI order of the platform's budgets, so they never slice by size. On the
 * live venue the scheduler looks for due slices every {@code live-poll} (by the operational clock).
 */
@ConfigurationProperties("quorum.execution.twap")
public record TwapSettings(@DefaultValue("1000000") BigDecimal minNotional, @DefaultValue("PT10M") Duration duration,
                           @DefaultValue("5") int slices, @DefaultValue("PT1S") Duration livePoll) {

    public TwapSettings {
        if (minNotional.signum() <= 0) {
            throw new IllegalArgumentException("quorum.execution.twap.min-notional must be positive");
        }
        new TwapSpec(duration.toSeconds(), slices); // the same bounds as a strategy's own TWAP
        if (livePoll.isNegative() || livePoll.isZero()) {
            throw new IllegalArgumentException("quorum.execution.twap.live-poll must be positive");
        }
        if (duration.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException("quorum.execution.twap.duration must be whole seconds, was " + duration);
        }
    }

    public Money threshold() {
        return Money.of(minNotional);
    }

    /**
     * The TWAP shape of an order: its strategy's, or the configured one when its notional — at its limit price, or at
     * {@code reference} for a market order — reaches the threshold; empty: placed as one order.
     */
    public Optional<TwapSpec> shapeOf(OrderSpec spec, Optional<Price> reference) {
        if (spec.twap() != null) {
            return Optional.of(spec.twap());
        }
        Optional<Price> price = spec.type() == OrderType.LIMIT ? Optional.of(spec.limitPrice()) : reference;
        return price.filter(p -> p.times(spec.quantity()).compareTo(threshold()) >= 0).map(p -> shape());
    }

    /**
     * The TWAP shape of an approved order: as {@link #shapeOf(OrderSpec, Optional)}, and the configured one when the
     * allocation marked it to be sliced by its size ({@code OrderApproved.twapBySize}: an opening market order it
     * priced from the order book at a notional of at least this same threshold — which the live venue, having no
     * price for a market order, cannot judge itself).
     */
    public Optional<TwapSpec> shapeOf(OrderApproved approved, Optional<Price> reference) {
        if (approved.order().twap() == null && approved.slicedBySize()) {
            return Optional.of(shape());
        }
        return shapeOf(approved.order(), reference);
    }

    /** The shape of a TWAP started because of its size. */
    public TwapSpec shape() {
        return TwapSpec.over(duration, slices);
    }
}
