package io.quorum.execution.twap;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.money.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * How a TWAP cuts its order: {@code slices} parts, every one but the last {@code sliceQty} (a whole number of the
 * instrument's steps, at least its minimum), the last the rest (so at least as large, and the parts add up to the
 * total exactly), one every {@code interval} of event time from the start.
 */
public record TwapPlan(Quantity total, int slices, Quantity sliceQty, Duration interval) {

    public TwapPlan {
        requireNonNull(total, "total");
        requireNonNull(sliceQty, "sliceQty");
        requireNonNull(interval, "interval");
        if (slices < 1 || interval.isNegative()) {
            throw new IllegalArgumentException("a TWAP has at least one slice and a non-negative interval");
        }
        if (sliceQty.value().multiply(BigDecimal.valueOf(slices - 1L)).compareTo(total.value()) >= 0 && slices > 1) {
            throw new IllegalArgumentException("slices of " + sliceQty + " leave nothing for the last of " + total);
        }
    }

    /**
     * Cuts {@code total} (tradable: on the step, at least the minimum) into at most {@code wanted} slices over
     * {@code duration}: as many as can each be at least the minimum quantity; one when it cannot be cut at all.
     */
    public static TwapPlan cut(Quantity total, int wanted, Instrument instrument, Duration duration) {
        if (!instrument.isTradable(total)) {
            throw new IllegalArgumentException(total + " is not a tradable quantity of " + instrument.symbol());
        }
        for (int slices = wanted; slices > 1; slices--) {
            Quantity slice = instrument.stepDown(total.value().divide(BigDecimal.valueOf(slices), total.value().scale() + 20,
                    RoundingMode.DOWN));
            if (slice.value().compareTo(instrument.minQty()) >= 0) {
                return new TwapPlan(total, slices, slice, duration.dividedBy(slices).truncatedTo(ChronoUnit.MILLIS));
            }
        }
        return new TwapPlan(total, 1, total, Duration.ZERO);
    }

    /** The quantity of slice {@code n}, counted from 1. */
    public Quantity quantityOf(int n) {
        if (n < 1 || n > slices) {
            throw new IllegalArgumentException("slice " + n + " of " + slices);
        }
        if (n < slices) {
            return sliceQty;
        }
        return Quantity.of(total.value().subtract(sliceQty.value().multiply(BigDecimal.valueOf(slices - 1L))));
    }

    /** When slice {@code n} (from 1) is due, in event time, for a run that started at {@code start}. */
    public Instant dueAt(Instant start, int n) {
        return start.plus(interval.multipliedBy(n - 1L));
    }
}
