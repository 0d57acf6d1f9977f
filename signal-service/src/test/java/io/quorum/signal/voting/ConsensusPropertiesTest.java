package io.quorum.signal.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ConsensusPropertiesTest {

    private final Consensus consensus = new Consensus(Thresholds.defaults());

    @Property
    void aDecidedActionAlwaysHasItsQuorumOfEveryVoterAsked(@ForAll("panels") List<Ballot> ballots) {
        Decision decision = consensus.decide(ballots);

        assertThat(decision.voters()).isEqualTo(ballots.size());
        if (decision.trades()) {
            int required = Thresholds.defaults().requiredOf(decision.action(), ballots.size());
            assertThat(decision.votesFor(decision.action())).isGreaterThanOrEqualTo(required);
            assertThat(decision.agreeing()).hasSize(decision.votesFor(decision.action()));
        }
    }

    @Property
    void turningAVoteIntoAnAbstentionNeverMakesAnActionPass(@ForAll("panels") List<Ballot> ballots,
                                                            @ForAll @IntRange(min = 0, max = 6) int which) {
        int index = which % ballots.size();
        List<Ballot> silenced = new ArrayList<>(ballots);
        silenced.set(index, new Abstention(ballots.get(index).voter(), AbstentionReason.TIMEOUT, "timed out"));

        Decision before = consensus.decide(ballots);
        Decision after = consensus.decide(silenced);

        for (Action action : Action.values()) {
            if (action.needsQuorum() && after.votesFor(action) >= after.required().get(action)) {
                assertThat(before.votesFor(action)).isGreaterThanOrEqualTo(before.required().get(action));
            }
        }
    }

    @Provide
    Arbitrary<List<Ballot>> panels() {
        Arbitrary<Ballot> ballot = Arbitraries.oneOf(
                Arbitraries.of(Action.class).map(action -> (Ballot) Vote.of(VoterId.llm("x"), action, BigDecimal.ONE, "because")),
                Arbitraries.of(AbstentionReason.class).map(reason -> (Ballot) new Abstention(VoterId.llm("x"), reason, "failed")));
        return ballot.list().ofMinSize(1).ofMaxSize(7).map(ConsensusPropertiesTest::named);
    }

    /** Voter names must be unique within a panel. */
    private static List<Ballot> named(List<Ballot> ballots) {
        List<Ballot> named = new ArrayList<>();
        for (int i = 0; i < ballots.size(); i++) {
            VoterId id = new VoterId("voter-" + i, i % 2 == 0 ? VoterKind.LLM : VoterKind.TECHNICAL);
            named.add(switch (ballots.get(i)) {
                case Vote v -> new Vote(id, v.action(), v.confidence(), v.explanation(), v.proposal(), false, false);
                case Abstention a -> new Abstention(id, a.reason(), a.detail());
            });
        }
        return named;
    }
}
