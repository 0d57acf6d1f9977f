package io.quorum.grid.levels;

import io.quorum.contracts.market.Instrument;
import java.math.BigDecimal;
import java.util.List;

/** A grid runs only if its levels, once on the tick, still rise strictly: spacing below one tick cannot trade. */
public final class LevelSpacingPolicy {

    public Verdict check(List<BigDecimal> levelsOnTick, Instrument instrument) {
        for (int i = 1; i < levelsOnTick.size(); i++) {
            if (levelsOnTick.get(i).compareTo(levelsOnTick.get(i - 1)) <= 0) {
                return Verdict.refuse("grid spacing is below one price tick (" + instrument.tickSize().toPlainString()
                        + ") of " + instrument.symbol() + " between levels " + (i - 1) + " and " + i
                        + ": use fewer grids or a wider range");
            }
        }
        return Verdict.allow();
    }
}
