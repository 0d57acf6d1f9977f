/**
 * Voting: what a voter says ({@link io.quorum.signal.voting.Vote}) or why it said nothing
 * ({@link io.quorum.signal.voting.Abstention}), and how a panel of voters reaches a
 * {@link io.quorum.signal.voting.Decision} under a threshold per action. Plain Java, no clock, no
 * randomness: the same ballots always give the same decision.
 */
package io.quorum.signal.voting;
