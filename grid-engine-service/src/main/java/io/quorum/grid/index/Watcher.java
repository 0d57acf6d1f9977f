package io.quorum.grid.index;

import io.quorum.contracts.money.Price;
import io.quorum.grid.slots.GridWatch;
import java.util.HashSet;
import java.util.Set;

/**
 * A grid's number, its last put watch, and the crossings indexed now: that watch's own set until a single slot
 * moves, then a copy of it that moves slot by slot (a put alone copies nothing). Guarded by the {@link TickIndex}.
 */
final class Watcher {

    final int number;
    final GridWatch watch;
    private Set<Price> crossings;
    private boolean copied;

    Watcher(int number, GridWatch watch) {
        this.number = number;
        this.watch = watch;
        this.crossings = watch.crossings();
    }

    Set<Price> crossings() {
        return crossings;
    }

    Set<Price> changeableCrossings() {
        if (!copied) {
            crossings = new HashSet<>(crossings);
            copied = true;
        }
        return crossings;
    }
}
