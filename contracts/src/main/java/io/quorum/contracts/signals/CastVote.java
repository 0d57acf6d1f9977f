package io.quorum.contracts.signals;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.money.Price;

/**
 * One voter's ballot behind a decision, as users see it: either an {@code action} with its
 * {@code confidence} and {@code explanation} (required: users read why), or an {@code abstention} with
 * its reason (a timeout, HTTP 429, a garbage answer, too few candles…), which counts towards the voters
 * asked but never towards an action. {@code takeProfit}, {@code stopLoss} and {@code leverage} are what
 * the voter proposed, unchecked (the decision's confirm step clamps them); {@code closeNow} asks for a
 * market close, {@code updateExisting} for moving the open position's TP/SL only.
 */
public record CastVote(String voter, VoterKind voterKind, TradeAction action, String abstention, Confidence confidence,
                       String explanation, Price takeProfit, Price stopLoss, Integer leverage, boolean closeNow,
                       boolean updateExisting) {

    public CastVote {
        requireNonNull(voter, "voter");
        requireNonNull(voterKind, "voterKind");
        if ((action == null) == (abstention == null)) {
            throw new IllegalArgumentException("a ballot is either an action or an abstention, voter " + voter);
        }
        if (abstention != null) {
            if (abstention.isBlank()) {
                throw new IllegalArgumentException("an abstention needs its reason, voter " + voter);
            }
            if (confidence != null || takeProfit != null || stopLoss != null || leverage != null || closeNow || updateExisting) {
                throw new IllegalArgumentException("an abstention proposes nothing, voter " + voter);
            }
        } else {
            requireNonNull(confidence, "confidence");
            if (explanation == null || explanation.isBlank()) {
                throw new IllegalArgumentException("a vote needs an explanation, voter " + voter);
            }
        }
        if (leverage != null && leverage < 1) {
            throw new IllegalArgumentException("a proposed leverage must be at least 1, was " + leverage);
        }
    }

    /** A vote without trade parameters, as technical voters cast them. */
    public static CastVote vote(String voter, VoterKind kind, TradeAction action, Confidence confidence, String explanation) {
        return new CastVote(voter, kind, action, null, confidence, explanation, null, null, null, false, false);
    }

    public static CastVote abstain(String voter, VoterKind kind, String reason) {
        return new CastVote(voter, kind, null, reason, null, null, null, null, null, false, false);
    }

    public boolean abstained() {
        return abstention != null;
    }
}
