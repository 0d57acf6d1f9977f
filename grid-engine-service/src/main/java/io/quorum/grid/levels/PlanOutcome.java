package io.quorum.grid.levels;

import java.util.List;

/** Either the slots a grid trades, or why it cannot run. */
public sealed interface PlanOutcome {

    record Planned(List<PlannedSlot> slots) implements PlanOutcome {
        public Planned {
            slots = List.copyOf(slots);
        }
    }

    record Refused(String reason) implements PlanOutcome {
    }
}
