package io.quorum.grid.levels;

import io.quorum.contracts.market.Instrument;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** A grid runs only if its levels, once on the tick, still rise strictly: spacing below one tick cannot trade. */
public final class LevelSpacingPolicy {

    private static final MathContext SHOWN = new MathContext(6);

    /** {@code exact} are the levels before rounding, {@code levelsOnTick} the same levels on the instrument's tick. */
    public Verdict check(List<BigDecimal> exact, List<BigDecimal> levelsOnTick, Instrument instrument) {
        for (int i = 1; i < levelsOnTick.size(); i++) {
            if (levelsOnTick.get(i).compareTo(levelsOnTick.get(i - 1)) <= 0) {
                BigDecimal spacing = exact.get(i).subtract(exact.get(i - 1)).round(SHOWN).stripTrailingZeros();
                return Verdict.refuse("levels " + (i - 1) + " and " + i + " are " + spacing.toPlainString()
                        + " apart, below one price tick (" + instrument.tickSize().stripTrailingZeros().toPlainString()
                        + ") of " + instrument.symbol() + " once rounded: use fewer grids or a wider range");
            }
        }
        return Verdict.allow();
    }
}
