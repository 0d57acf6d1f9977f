package io.quorum.marketdata.replay.model;

import io.quorum.contracts.market.Interval;
import io.quorum.contracts.money.Price;
import io.quorum.marketdata.candles.model.Candle;
import java.time.Duration;
import java.util.List;

/**
 * The price path a recorded 1m candle stands for, as four ticks: open → nearer extreme → other
 * extreme → close. A candle does not say in which order its high and low traded; going to the
 * extreme nearer the open first is the usual assumption (the shorter move is the likelier to come
 * first), and on a tie the low goes first, so a replay is always the same path. Every price of the
 * candle's range is crossed, which is what fills limit orders on the paper venue.
 *
 * <p>Event times inside the minute: open at +0 s, nearer extreme at +20 s, other extreme at +40 s,
 * close at +59 s — all strictly inside the candle, so they sort before the candle's close (+60 s).
 */
public final class TickPath {

    static final List<Duration> OFFSETS = List.of(Duration.ZERO, Duration.ofSeconds(20), Duration.ofSeconds(40), Duration.ofSeconds(59));

    private TickPath() {
    }

    public static List<PricePoint> of(Candle minute) {
        if (minute.interval() != Interval.M1) {
            throw new IllegalArgumentException("ticks are replayed from 1m candles, not " + minute.interval().label());
        }
        List<Price> path = highFirst(minute)
                ? List.of(minute.open(), minute.high(), minute.low(), minute.close())
                : List.of(minute.open(), minute.low(), minute.high(), minute.close());
        return List.of(
                new PricePoint(minute.openTime().plus(OFFSETS.get(0)), path.get(0)),
                new PricePoint(minute.openTime().plus(OFFSETS.get(1)), path.get(1)),
                new PricePoint(minute.openTime().plus(OFFSETS.get(2)), path.get(2)),
                new PricePoint(minute.openTime().plus(OFFSETS.get(3)), path.get(3)));
    }

    /** The high comes first only when it is strictly nearer the open than the low. */
    private static boolean highFirst(Candle minute) {
        var open = minute.open().value();
        var up = minute.high().value().subtract(open);
        var down = open.subtract(minute.low().value());
        return up.compareTo(down) < 0;
    }
}
