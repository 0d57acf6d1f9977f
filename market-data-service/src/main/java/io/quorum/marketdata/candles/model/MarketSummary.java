package io.quorum.marketdata.candles.model;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A market's last 24 hours of event time, ending with its latest stored candle: last price, range,
 * volume, and the change from the period's first open to its last close, in percent.
 */
public record MarketSummary(Symbol symbol, Price lastPrice, Price high24h, Price low24h, Quantity volume24h,
                            BigDecimal change24hPercent, Instant asOf) {

    public static final Duration PERIOD = Duration.ofHours(24);
    private static final int PERCENT_SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Open time of the first candle of the 24 h that end with the candle of this interval opening at {@code latestOpen}. */
    public static Instant periodStart(Instant latestOpen, Interval interval) {
        return latestOpen.plus(interval.length()).minus(PERIOD);
    }

    /** Summarizes the candles (all of one interval) of one period, given in any order; none may be older than the period. */
    public static MarketSummary of(List<Candle> candles) {
        if (candles.isEmpty()) {
            throw new IllegalArgumentException("a market summary needs at least one candle");
        }
        List<Candle> ordered = candles.stream().sorted(Comparator.comparing(Candle::openTime)).toList();
        Candle first = ordered.getFirst();
        Candle latest = ordered.getLast();
        if (first.openTime().isBefore(periodStart(latest.openTime(), latest.interval()))) {
            throw new IllegalArgumentException("candle " + first.openTime() + " is older than 24 h before " + latest.closeTime());
        }
        Price high = first.high();
        Price low = first.low();
        Quantity volume = Quantity.ZERO;
        for (Candle candle : ordered) {
            high = candle.high().isAbove(high) ? candle.high() : high;
            low = candle.low().isBelow(low) ? candle.low() : low;
            volume = volume.plus(candle.volume());
        }
        return new MarketSummary(latest.symbol(), latest.close(), high, low, volume,
                changePercent(first.open(), latest.close()), latest.closeTime());
    }

    private static BigDecimal changePercent(Price from, Price to) {
        return to.value().subtract(from.value()).multiply(HUNDRED)
                .divide(from.value(), PERCENT_SCALE, RoundingMode.HALF_EVEN);
    }
}
