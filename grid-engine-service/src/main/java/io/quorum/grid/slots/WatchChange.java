package io.quorum.grid.slots;

import io.quorum.contracts.ids.BotId;
import java.util.Optional;

/**
 * What a grid's changes since it was loaded (or last asked) mean for a tick index: its whole watch, when the grid is
 * new or something beyond its slots changed (first tick, arming, status, exit, stop); otherwise the slots that started
 * or stopped waiting, by index (both empty: nothing to re-index).
 */
public sealed interface WatchChange {

    BotId bot();

    /** The grid's watch now; empty once it no longer follows the market. */
    record Whole(BotId bot, Optional<GridWatch> watch) implements WatchChange {
    }

    /** Slots that wait now and slots that no longer wait; the rest of the watch is as it was. */
    record Slots(BotId bot, int[] nowWaiting, int[] noLongerWaiting) implements WatchChange {

        public boolean isEmpty() {
            return nowWaiting.length == 0 && noLongerWaiting.length == 0;
        }
    }
}
