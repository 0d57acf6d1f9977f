package io.quorum.signal.technical;

/**
 * Indicator periods, counted in candles of the interval they run on. ta4j seeds an average with
 * a single bar, so the first values are unreliable; a voter needs {@link #candlesNeeded()} (three
 * times the longest period) before it votes, by which point the seed's weight has decayed below 1 %.
 */
public record IndicatorSettings(int rsiPeriod, int emaFast, int emaSlow) {

    public static final IndicatorSettings DEFAULTS = new IndicatorSettings(14, 9, 21);

    public IndicatorSettings {
        if (rsiPeriod < 2 || emaFast < 2 || emaSlow <= emaFast) {
            throw new IllegalArgumentException("need RSI period ≥ 2 and 2 ≤ fast EMA < slow EMA, were " + rsiPeriod + ", "
                    + emaFast + ", " + emaSlow);
        }
    }

    public int candlesNeeded() {
        return 3 * Math.max(rsiPeriod, emaSlow);
    }
}
