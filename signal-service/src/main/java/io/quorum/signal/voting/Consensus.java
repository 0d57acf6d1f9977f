package io.quorum.signal.voting;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns ballots into a decision. An action passes when its votes reach its threshold of every
 * voter asked — abstentions included, so a failing voter can only make a trade harder. When
 * several pass, the most protective wins (STOP_LOSS, then CLOSE, then LONG/SHORT, then DCA): a
 * panel that both wants out and wants more must get out. LONG and SHORT together cancel to HOLD.
 * A vote counts for {@link Vote#counted()}: one with {@code closeNow} counts as CLOSE.
 */
public final class Consensus {

    /** Tiers from most to least protective; the first tier with a passing action decides. */
    private static final List<List<Action>> PRECEDENCE = List.of(
            List.of(Action.STOP_LOSS), List.of(Action.CLOSE), List.of(Action.LONG, Action.SHORT), List.of(Action.DCA));

    private final Thresholds thresholds;

    public Consensus(Thresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    public Decision decide(List<Ballot> ballots) {
        return decide(ballots, null);
    }

    /**
     * @param whyNoLlmVoter why the panel has no LLM voter although the bot names some (e.g. the user's daily call
     *                      budget is spent); null for the usual reason, that none is configured
     */
    public Decision decide(List<Ballot> ballots, String whyNoLlmVoter) {
        requireOneBallotPerVoter(ballots);
        Map<Action, Integer> tally = tally(ballots);
        int abstentions = (int) ballots.stream().filter(Abstention.class::isInstance).count();
        boolean technicalOnly = ballots.stream()
                .noneMatch(ballot -> ballot instanceof Vote && ballot.voter().kind() == VoterKind.LLM);
        String panel = panelNote(ballots, technicalOnly, abstentions, whyNoLlmVoter);
        if (ballots.isEmpty()) {
            return new Decision(Action.HOLD, tally, Map.of(), 0, 0, true, "HOLD: no voter was asked", ballots);
        }
        Map<Action, Integer> required = new EnumMap<>(Action.class);
        for (Action action : Action.values()) {
            if (action.needsQuorum()) {
                required.put(action, thresholds.requiredOf(action, ballots.size()));
            }
        }
        for (List<Action> tier : PRECEDENCE) {
            List<Action> passed = tier.stream().filter(a -> tally.get(a) >= required.get(a)).toList();
            if (passed.size() > 1) {
                String reason = "HOLD: conflicting, " + describe(passed, tally, required, ballots.size()) + panel;
                return new Decision(Action.HOLD, tally, required, ballots.size(), abstentions, technicalOnly, reason, ballots);
            }
            if (passed.size() == 1) {
                Action winner = passed.getFirst();
                String reason = winner + ": " + describe(passed, tally, required, ballots.size()) + panel;
                return new Decision(winner, tally, required, ballots.size(), abstentions, technicalOnly, reason, ballots);
            }
        }
        String reason = "HOLD: no action reached its threshold (" + tallyText(tally, required) + ")" + panel;
        return new Decision(Action.HOLD, tally, required, ballots.size(), abstentions, technicalOnly, reason, ballots);
    }

    private static void requireOneBallotPerVoter(List<Ballot> ballots) {
        Set<String> seen = new HashSet<>();
        for (Ballot ballot : ballots) {
            if (!seen.add(ballot.voter().name())) {
                throw new IllegalArgumentException("voter " + ballot.voter().name() + " cast more than one ballot");
            }
        }
    }

    private static Map<Action, Integer> tally(List<Ballot> ballots) {
        Map<Action, Integer> tally = new EnumMap<>(Action.class);
        for (Action action : Action.values()) {
            tally.put(action, 0);
        }
        for (Ballot ballot : ballots) {
            if (ballot instanceof Vote vote) {
                tally.merge(vote.counted(), 1, Integer::sum);
            }
        }
        return tally;
    }

    private String describe(List<Action> passed, Map<Action, Integer> tally, Map<Action, Integer> required, int voters) {
        List<String> parts = new ArrayList<>();
        for (Action action : passed) {
            parts.add(action + " passed with " + tally.get(action) + " of " + voters + " votes (needs "
                    + required.get(action) + ", threshold " + thresholds.of(action) + ")");
        }
        return String.join(" and ", parts);
    }

    private static String tallyText(Map<Action, Integer> tally, Map<Action, Integer> required) {
        return tally.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()
                        + (required.containsKey(e.getKey()) ? " of " + required.get(e.getKey()) + " needed" : ""))
                .collect(Collectors.joining(", "));
    }

    private static String panelNote(List<Ballot> ballots, boolean technicalOnly, int abstentions, String whyNoLlmVoter) {
        String note = abstentions == 0 ? "" : "; " + abstentions + " of " + ballots.size() + " abstained";
        if (!technicalOnly || ballots.isEmpty()) {
            return note;
        }
        boolean llmAsked = ballots.stream().anyMatch(ballot -> ballot.voter().kind() == VoterKind.LLM);
        return note + "; decided by technical voters alone ("
                + (llmAsked ? "every LLM voter abstained" : whyNoLlmVoter != null ? whyNoLlmVoter : "no LLM voter configured") + ")";
    }
}
