package io.quorum.registry.bots.domain;

/** A grid spans positive prices with its lower bound below its upper bound, spaced one of the known ways. */
public final class GridRangePolicy implements BotPolicy {

    @Override
    public Verdict check(BotDraft draft) {
        BotDraft.Grid grid = draft.grid();
        if (grid.lower() == null || grid.lower().signum() <= 0) {
            return Verdict.reject(name(), "grid.lower", "must be a positive price");
        }
        if (grid.upper() == null || grid.upper().signum() <= 0) {
            return Verdict.reject(name(), "grid.upper", "must be a positive price");
        }
        if (grid.lower().compareTo(grid.upper()) >= 0) {
            return Verdict.reject(name(), "grid.upper", "must be above grid.lower");
        }
        if (grid.spacing() == null) {
            return Verdict.reject(name(), "grid.spacing", "is required (ARITHMETIC or GEOMETRIC)");
        }
        return Verdict.ALLOWED;
    }
}
