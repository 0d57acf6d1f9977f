package io.quorum.signal.voting;

/**
 * One voter's answer in one decision: a {@link Vote}, or an {@link Abstention} when it could not
 * vote. Both count in the denominator of every threshold, so silence never helps reach a quorum.
 */
public sealed interface Ballot permits Vote, Abstention {

    VoterId voter();
}
