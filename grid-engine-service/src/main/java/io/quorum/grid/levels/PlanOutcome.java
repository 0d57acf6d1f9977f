package io.quorum.grid.levels;

import java.util.List;

/** Either the slots a grid trades, or why it cannot run, naming the grid setting to change. */
public sealed interface PlanOutcome {

    record Planned(List<PlannedSlot> slots) implements PlanOutcome {
        public Planned {
            slots = List.copyOf(slots);
        }
    }

    /** {@code field} is the request field the refusal concerns, e.g. {@code grid.gridCount}. */
    record Refused(String field, String reason) implements PlanOutcome {
    }
}
