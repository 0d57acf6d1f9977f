package io.quorum.signal.voting;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A threshold for every action that needs a quorum. The defaults make opening a position hard
 * (2/3), adding to one harder (all), closing a plain majority and an emergency stop easy (1/3):
 * the protective actions must be the easiest to reach.
 */
public final class Thresholds {

    private final Map<Action, Threshold> byAction;

    private Thresholds(Map<Action, Threshold> byAction) {
        this.byAction = byAction;
    }

    public static Thresholds defaults() {
        Map<Action, Threshold> map = new EnumMap<>(Action.class);
        map.put(Action.LONG, Threshold.atLeast(2, 3));
        map.put(Action.SHORT, Threshold.atLeast(2, 3));
        map.put(Action.CLOSE, Threshold.majority());
        map.put(Action.DCA, Threshold.atLeast(3, 3));
        map.put(Action.STOP_LOSS, Threshold.atLeast(1, 3));
        return new Thresholds(map);
    }

    /** A copy with one action's threshold replaced, as a template configures it. */
    public Thresholds with(Action action, Threshold threshold) {
        Objects.requireNonNull(threshold, "threshold");
        if (!action.needsQuorum()) {
            throw new IllegalArgumentException(action + " is the fallback and takes no threshold");
        }
        Map<Action, Threshold> map = new EnumMap<>(byAction);
        map.put(action, threshold);
        return new Thresholds(map);
    }

    public Threshold of(Action action) {
        Threshold threshold = byAction.get(action);
        if (threshold == null) {
            throw new IllegalArgumentException(action + " takes no threshold");
        }
        return threshold;
    }

    @Override
    public String toString() {
        return byAction.toString();
    }
}
