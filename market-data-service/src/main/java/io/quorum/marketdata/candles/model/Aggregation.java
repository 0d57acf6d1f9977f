package io.quorum.marketdata.candles.model;

import io.quorum.contracts.market.Interval;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import java.util.List;

/** Builds a longer candle from the shorter ones it is made of. */
public final class Aggregation {

    private Aggregation() {
    }

    /**
     * Open of the first part, highest high, lowest low, close of the last part, sum of the volumes.
     * The parts must be in time order, of one symbol, and all inside one candle of {@code interval}.
     */
    public static Candle of(Interval interval, List<Candle> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a " + interval.label() + " candle needs at least one part");
        }
        Candle first = parts.getFirst();
        Candle last = parts.getLast();
        Price high = first.high();
        Price low = first.low();
        Quantity volume = Quantity.ZERO;
        Candle previous = null;
        for (Candle part : parts) {
            requireSameCandle(interval, first, part);
            if (previous != null && !part.openTime().isAfter(previous.openTime())) {
                throw new IllegalArgumentException("parts must be in time order: " + part.openTime() + " after " + previous.openTime());
            }
            high = part.high().isAbove(high) ? part.high() : high;
            low = part.low().isBelow(low) ? part.low() : low;
            volume = volume.plus(part.volume());
            previous = part;
        }
        return new Candle(first.symbol(), interval, interval.openTimeOf(first.openTime()),
                first.open(), high, low, last.close(), volume);
    }

    private static void requireSameCandle(Interval interval, Candle first, Candle part) {
        if (!part.symbol().equals(first.symbol())) {
            throw new IllegalArgumentException("cannot mix " + first.symbol() + " and " + part.symbol());
        }
        if (part.interval().length().compareTo(interval.length()) >= 0) {
            throw new IllegalArgumentException("a " + part.interval().label() + " candle is not part of a " + interval.label() + " one");
        }
        if (!interval.openTimeOf(part.openTime()).equals(interval.openTimeOf(first.openTime()))) {
            throw new IllegalArgumentException(part.openTime() + " lies outside the " + interval.label()
                    + " candle opening at " + interval.openTimeOf(first.openTime()));
        }
    }
}
