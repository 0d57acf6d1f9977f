package io.quorum.signal.context;

import io.quorum.signal.voting.Ballot;
import io.quorum.signal.voting.VoterId;

/**
 * One member of a bot's panel. It answers every context with a ballot: a vote, or an abstention
 * saying why not — never an exception, so one voter failing never blocks the others.
 */
public interface Voter {

    VoterId id();

    Ballot vote(MarketContext context);
}
