package io.quorum.marketdata.replay.model;

import io.quorum.contracts.market.Interval;
import io.quorum.contracts.money.Price;
import io.quorum.marketdata.candles.model.Candle;
import java.time.Duration;
import java.util.List;

/**
 * The price path a recorded candle stands for, as four ticks: open → nearer extreme → other
 * extreme → close. A candle does not say in which order its high and low traded; going to the
 * extreme nearer the open first is the usual assumption (the shorter move is the likelier to come
 * first), and on a tie the low goes first, so a replay is always the same path. Every price of the
 * candle's range is crossed, which is what fills limit orders on the paper venue.
 *
 * <p>Event times inside the candle: open at its start, the nearer extreme a third of the way in, the
 * other extreme two thirds in, the close one second before its end (a 1m candle: +0 s, +20 s,
 * +40 s, +59 s; a 5m candle: +0 s, +100 s, +200 s, +299 s) — all strictly inside the candle, so
 * they sort before its close.
 */
public final class TickPath {

    private TickPath() {
    }

    public static List<PricePoint> of(Candle candle) {
        List<Price> path = highFirst(candle)
                ? List.of(candle.open(), candle.high(), candle.low(), candle.close())
                : List.of(candle.open(), candle.low(), candle.high(), candle.close());
        List<Duration> offsets = offsets(candle.interval());
        return List.of(
                new PricePoint(candle.openTime().plus(offsets.get(0)), path.get(0)),
                new PricePoint(candle.openTime().plus(offsets.get(1)), path.get(1)),
                new PricePoint(candle.openTime().plus(offsets.get(2)), path.get(2)),
                new PricePoint(candle.openTime().plus(offsets.get(3)), path.get(3)));
    }

    static List<Duration> offsets(Interval interval) {
        Duration length = interval.length();
        return List.of(Duration.ZERO, length.dividedBy(3), length.dividedBy(3).multipliedBy(2), length.minusSeconds(1));
    }

    /** The high comes first only when it is strictly nearer the open than the low. */
    private static boolean highFirst(Candle candle) {
        var open = candle.open().value();
        var up = candle.high().value().subtract(open);
        var down = open.subtract(candle.low().value());
        return up.compareTo(down) < 0;
    }
}
