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
 * A market's last 24 hours of event time, ending with its latest stored minute: last price, range,
 * volume, and the change from the period's first open to its last close, in percent.
 */
public record MarketSummary(Symbol symbol, Price lastPrice, Price high24h, Price low24h, Quantity volume24h,
                            BigDecimal change24hPercent, Instant asOf) {

    public static final Duration PERIOD = Duration.ofHours(24);
    private static final int PERCENT_SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Open time of the first minute of the 24 h that end with the minute opening at {@code latestOpen}. */
    public static Instant periodStart(Instant latestOpen) {
        return latestOpen.plus(Interval.M1.length()).minus(PERIOD);
    }

    /** Summarizes the 1m candles of one period, given in any order; none may be older than the period. */
    public static MarketSummary of(List<Candle> minutes) {
        if (minutes.isEmpty()) {
            throw new IllegalArgumentException("a market summary needs at least one candle");
        }
        List<Candle> ordered = minutes.stream().sorted(Comparator.comparing(Candle::openTime)).toList();
        Candle first = ordered.getFirst();
        Candle latest = ordered.getLast();
        if (first.openTime().isBefore(periodStart(latest.openTime()))) {
            throw new IllegalArgumentException("candle " + first.openTime() + " is older than 24 h before " + latest.closeTime());
        }
        Price high = first.high();
        Price low = first.low();
        Quantity volume = Quantity.ZERO;
        for (Candle minute : ordered) {
            high = minute.high().isAbove(high) ? minute.high() : high;
            low = minute.low().isBelow(low) ? minute.low() : low;
            volume = volume.plus(minute.volume());
        }
        return new MarketSummary(latest.symbol(), latest.close(), high, low, volume,
                changePercent(first.open(), latest.close()), latest.closeTime());
    }

    private static BigDecimal changePercent(Price from, Price to) {
        return to.value().subtract(from.value()).multiply(HUNDRED)
                .divide(from.value(), PERCENT_SCALE, RoundingMode.HALF_EVEN);
    }
}
