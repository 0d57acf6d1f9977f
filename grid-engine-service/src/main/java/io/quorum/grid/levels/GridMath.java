package io.quorum.grid.levels;

import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.market.Instrument;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Level prices of a grid: {@code gridCount} intervals give {@code gridCount + 1} levels from lower to
 * upper inclusive. The exact levels are computed in BigDecimal; {@link #onTicks} puts them on the
 * instrument's price grid. Nothing here decides whether the result is usable: see {@link LevelSpacingPolicy}.
 */
public final class GridMath {

    /** Working precision: far finer than any tick, so rounding to the tick is the only visible error. */
    static final MathContext PRECISION = new MathContext(30, RoundingMode.HALF_EVEN);

    private GridMath() {
    }

    public static List<BigDecimal> exactLevels(GridSpec spec) {
        BigDecimal lower = spec.lower().value();
        BigDecimal upper = spec.upper().value();
        int n = spec.gridCount();
        List<BigDecimal> levels = new ArrayList<>(n + 1);
        switch (spec.spacing()) {
            case ARITHMETIC -> {
                BigDecimal span = upper.subtract(lower);
                for (int i = 0; i <= n; i++) {
                    levels.add(lower.add(span.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(n), PRECISION)));
                }
            }
            case GEOMETRIC -> {
                BigDecimal ratio = nthRoot(upper.divide(lower, PRECISION), n);
                for (int i = 0; i < n; i++) {
                    levels.add(lower.multiply(ratio.pow(i, PRECISION), PRECISION));
                }
                levels.add(upper); // exact by definition; spares the last level the root's rounding
            }
        }
        return levels;
    }

    /**
     * Each level rounded to the nearest tick, kept inside [lower, upper] (the outer levels move inward
     * when the bounds themselves are off-tick). May produce equal neighbours when spacing is below a tick.
     */
    public static List<BigDecimal> onTicks(List<BigDecimal> exact, GridSpec spec, Instrument instrument) {
        BigDecimal tick = instrument.tickSize();
        BigDecimal floor = instrument.tickAbove(spec.lower().value()).value();
        BigDecimal ceiling = instrument.tickBelow(spec.upper().value()).value();
        return exact.stream()
                .map(level -> level.divide(tick, 0, RoundingMode.HALF_UP).multiply(tick))
                .map(level -> level.max(floor).min(ceiling))
                .toList();
    }

    /**
     * The n-th root by Newton's method in BigDecimal. A double gives the seed only; the iteration
     * refines it to the working precision, so no double survives into a price.
     */
    static BigDecimal nthRoot(BigDecimal value, int n) {
        if (n == 1) {
            return value;
        }
        BigDecimal degree = BigDecimal.valueOf(n);
        BigDecimal degreeLessOne = BigDecimal.valueOf(n - 1L);
        BigDecimal tolerance = value.ulp().max(BigDecimal.ONE.movePointLeft(PRECISION.getPrecision() - 2));
        BigDecimal x = new BigDecimal(Math.pow(value.doubleValue(), 1.0 / n), PRECISION);
        for (int iteration = 0; iteration < 100; iteration++) {
            BigDecimal next = degreeLessOne.multiply(x)
                    .add(value.divide(x.pow(n - 1, PRECISION), PRECISION))
                    .divide(degree, PRECISION);
            boolean converged = next.subtract(x).abs().compareTo(tolerance) <= 0;
            x = next;
            if (converged) {
                break;
            }
        }
        return x;
    }
}
