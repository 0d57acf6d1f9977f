package io.quorum.registry.bots.domain;

import io.quorum.contracts.bots.GridSpec;

/** A grid has 2 to 100 intervals: fewer is not a grid, more splits the budget into orders too small to place. */
public final class GridCountPolicy implements BotPolicy {

    @Override
    public Verdict check(BotDraft draft) {
        Integer count = draft.grid().gridCount();
        if (count == null || count < GridSpec.MIN_GRIDS || count > GridSpec.MAX_GRIDS) {
            return Verdict.reject(name(), "grid.gridCount",
                    "must be between " + GridSpec.MIN_GRIDS + " and " + GridSpec.MAX_GRIDS);
        }
        return Verdict.ALLOWED;
    }
}
