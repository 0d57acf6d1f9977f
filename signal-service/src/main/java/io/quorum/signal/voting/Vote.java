package io.quorum.signal.voting;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A voter's answer. The explanation is required because users read every vote behind a trade.
 * {@code closeNow} asks for a market close rather than waiting for TP/SL; {@code updateExisting}
 * means "move the open position's TP/SL only", never a new entry.
 */
public record Vote(VoterId voter, Action action, BigDecimal confidence, String explanation, Proposal proposal,
                   boolean closeNow, boolean updateExisting) implements Ballot {

    public Vote {
        Objects.requireNonNull(voter, "voter");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(proposal, "proposal (use Proposal.NONE)");
        if (confidence.signum() < 0 || confidence.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence.toPlainString());
        }
        if (explanation == null || explanation.isBlank()) {
            throw new IllegalArgumentException("a vote needs an explanation");
        }
    }

    /** A plain vote without trade parameters, as technical voters cast them. */
    public static Vote of(VoterId voter, Action action, BigDecimal confidence, String explanation) {
        return new Vote(voter, action, confidence, explanation, Proposal.NONE, false, false);
    }

    /**
     * The action this vote counts for: a vote asking to close now counts as a CLOSE, whatever action it names — a
     * voter that wants out at market must not be read as wanting in — except STOP_LOSS, the stronger exit, which it
     * already is.
     */
    public Action counted() {
        return closeNow && action != Action.STOP_LOSS ? Action.CLOSE : action;
    }

    public Vote with(Proposal newProposal) {
        return new Vote(voter, action, confidence, explanation, newProposal, closeNow, updateExisting);
    }

    @Override
    public String toString() {
        return voter + " votes " + action + " (" + confidence.toPlainString() + "): " + explanation;
    }
}
