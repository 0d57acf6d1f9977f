package io.quorum.signal.technical;

import io.quorum.signal.context.Candle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DecimalNumFactory;
import org.ta4j.core.num.Num;
import org.ta4j.core.num.NumFactory;

/**
 * The only place that speaks ta4j: candles in, exact decimals out. Decimal numbers with 32
 * significant digits keep the result independent of floating point; values are given to 8
 * decimals, far finer than any decision needs.
 */
final class IndicatorMath {

    static final int SCALE = 8;
    private static final BigDecimal NEUTRAL_RSI = BigDecimal.valueOf(50).setScale(SCALE);
    private static final NumFactory NUMBERS = DecimalNumFactory.getInstance(32);

    private IndicatorMath() {
    }

    /**
     * RSI of the closes, {@code barsBack} candles before the last (0 = the last closed candle). A
     * market that has not moved since the averages were seeded has neither gains nor losses; ta4j
     * calls that 0 (deeply oversold), Quorum calls it 50, neutral, so a halted market buys nothing.
     */
    static BigDecimal rsi(List<Candle> candles, int period, int barsBack) {
        int index = candles.size() - 1 - barsBack;
        if (index >= period && unmovedSince(candles, period - 1, index)) {
            return NEUTRAL_RSI;
        }
        ClosePriceIndicator closes = new ClosePriceIndicator(series(candles));
        return valueAt(new RSIIndicator(closes, period), index);
    }

    private static boolean unmovedSince(List<Candle> candles, int from, int to) {
        BigDecimal first = candles.get(from).close();
        return candles.subList(from, to + 1).stream().allMatch(candle -> candle.close().compareTo(first) == 0);
    }

    /** Exponential moving average of the closes, {@code barsBack} candles before the last. */
    static BigDecimal ema(List<Candle> candles, int period, int barsBack) {
        ClosePriceIndicator closes = new ClosePriceIndicator(series(candles));
        return valueAt(new EMAIndicator(closes, period), candles.size() - 1 - barsBack);
    }

    private static BigDecimal valueAt(Indicator<Num> indicator, int index) {
        if (index < indicator.getCountOfUnstableBars()) {
            throw new IllegalArgumentException("not enough candles for " + indicator + " at index " + index);
        }
        return indicator.getValue(index).bigDecimalValue().setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    private static BarSeries series(List<Candle> candles) {
        BarSeries series = new BaseBarSeriesBuilder().withNumFactory(NUMBERS).build();
        for (Candle candle : candles) {
            series.barBuilder()
                    .timePeriod(Duration.between(candle.openTime(), candle.closeTime()))
                    .beginTime(candle.openTime())
                    .endTime(candle.closeTime())
                    .openPrice(NUMBERS.numOf(candle.open()))
                    .highPrice(NUMBERS.numOf(candle.high()))
                    .lowPrice(NUMBERS.numOf(candle.low()))
                    .closePrice(NUMBERS.numOf(candle.close()))
                    .volume(NUMBERS.numOf(candle.volume()))
                    .add();
        }
        return series;
    }
}
