package io.quorum.signal.voting;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a panel decided and why: the winning action (HOLD when nothing passed or LONG and SHORT
 * both did), the votes per action, the votes each action needed, how many voters were asked and
 * how many abstained, and whether technical voters decided alone. Every ballot is kept, because
 * users see each vote and its explanation behind a decision.
 */
public record Decision(Action action, Map<Action, Integer> tally, Map<Action, Integer> required, int voters,
                       int abstentions, boolean technicalOnly, String reason, List<Ballot> ballots) {

    public Decision {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
        tally = ordered(tally);
        required = ordered(required);
        ballots = List.copyOf(ballots);
    }

    /** In action order, so stored and published decisions list the tally the same way every time. */
    private static Map<Action, Integer> ordered(Map<Action, Integer> counts) {
        Map<Action, Integer> copy = new EnumMap<>(Action.class);
        copy.putAll(counts);
        return Collections.unmodifiableMap(copy);
    }

    public int votesFor(Action candidate) {
        return tally.getOrDefault(candidate, 0);
    }

    /** The votes cast for the decided action: their TP/SL/leverage proposals feed the confirm step. */
    public List<Vote> agreeing() {
        return ballots.stream()
                .filter(Vote.class::isInstance)
                .map(Vote.class::cast)
                .filter(vote -> vote.counted() == action)
                .toList();
    }

    /**
     * The votes asking to move the open position's TP/SL only ({@code updateExisting}) that hold it as it is:
     * those for its own direction or HOLD. Counted against the threshold of that direction by the planner.
     */
    public List<Vote> updatingFor(Action direction) {
        return ballots.stream()
                .filter(Vote.class::isInstance)
                .map(Vote.class::cast)
                .filter(vote -> vote.updateExisting() && (vote.counted() == direction || vote.counted() == Action.HOLD))
                .toList();
    }

    public boolean trades() {
        return action != Action.HOLD;
    }
}
