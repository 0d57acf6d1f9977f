package io.quorum.signal.voting;

import io.quorum.contracts.bots.TrendSpec;
import io.quorum.contracts.signals.Threshold;
import io.quorum.contracts.signals.TradeAction;
import java.util.EnumMap;
import java.util.Map;

/**
 * A threshold for every action that needs a quorum, and the votes each needs out of the voters
 * asked. The defaults make opening a position hard (2/3), adding to one harder (all), closing a
 * plain majority and an emergency stop easy (1/3): the protective actions are the easiest to reach.
 */
public final class Thresholds {

    private final Map<Action, Threshold> byAction;

    private Thresholds(Map<Action, Threshold> byAction) {
        this.byAction = byAction;
    }

    public static Thresholds defaults() {
        return fromTemplate(TrendSpec.defaultThresholds());
    }

    /** A template's thresholds as {@link TrendSpec#thresholds()} carries them. */
    public static Thresholds fromTemplate(Map<TradeAction, Threshold> published) {
        Map<Action, Threshold> map = new EnumMap<>(Action.class);
        published.forEach((action, threshold) -> map.put(Action.of(action), threshold));
        return of(map);
    }

    /** One threshold for every action but HOLD. */
    public static Thresholds of(Map<Action, Threshold> thresholds) {
        Map<Action, Threshold> map = new EnumMap<>(Action.class);
        for (Action action : Action.values()) {
            if (action.needsQuorum()) {
                Threshold threshold = thresholds.get(action);
                if (threshold == null) {
                    throw new IllegalArgumentException(action + " needs a threshold");
                }
                map.put(action, threshold);
            } else if (thresholds.containsKey(action)) {
                throw new IllegalArgumentException(action + " is the fallback and takes no threshold");
            }
        }
        return new Thresholds(map);
    }

    /** A copy with one action's threshold replaced. */
    public Thresholds with(Action action, Threshold threshold) {
        Map<Action, Threshold> map = new EnumMap<>(byAction);
        map.put(action, threshold);
        return of(map);
    }

    public Threshold of(Action action) {
        Threshold threshold = byAction.get(action);
        if (threshold == null) {
            throw new IllegalArgumentException(action + " takes no threshold");
        }
        return threshold;
    }

    /** Votes the action needs out of {@code voters} asked: ceil(t × n), or floor(t × n) + 1 for "more than". */
    public int requiredOf(Action action, int voters) {
        if (voters <= 0) {
            throw new IllegalArgumentException("a quorum needs at least one voter");
        }
        Threshold threshold = of(action);
        long product = (long) threshold.numerator() * voters;
        long denominator = threshold.denominator();
        return (int) (threshold.moreThan() ? product / denominator + 1 : (product + denominator - 1) / denominator);
    }

    @Override
    public String toString() {
        return byAction.toString();
    }
}
