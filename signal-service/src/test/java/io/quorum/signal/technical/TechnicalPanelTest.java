package io.quorum.signal.technical;

import static io.quorum.signal.technical.RecordedCandles.decisionAfter;
import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.signal.voting.Action;
import io.quorum.signal.context.MarketContext;
import io.quorum.signal.context.Voter;
import io.quorum.signal.voting.Consensus;
import io.quorum.signal.voting.Decision;
import io.quorum.signal.voting.Thresholds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bot with no LLM configured: its two technical voters decide alone, and the decision says so. */
class TechnicalPanelTest {

    private final List<Voter> panel = List.of(new EmaCrossVoter(), new RsiBandVoter());
    private final Consensus consensus = new Consensus(Thresholds.defaults());

    @Test
    void onTheSellOffTrendAndMeanReversionDisagreeSoThePanelHolds() {
        Decision decision = decide(decisionAfter("2025-06-22T13:15"));

        assertThat(decision.votesFor(Action.SHORT)).isEqualTo(1);
        assertThat(decision.votesFor(Action.LONG)).isEqualTo(1);
        assertThat(decision.action()).isEqualTo(Action.HOLD);
        assertThat(decision.technicalOnly()).isTrue();
        assertThat(decision.reason()).contains("decided by technical voters alone (no LLM voter configured)");
    }

    @Test
    void theRecoveryCrossAloneIsOneVoteOfTwoAndTwoThirdsOfTwoIsTwo() {
        Decision decision = decide(decisionAfter("2025-06-23T13:30"));

        assertThat(decision.votesFor(Action.LONG)).isEqualTo(1);
        assertThat(decision.required()).containsEntry(Action.LONG, 2);
        assertThat(decision.action()).isEqualTo(Action.HOLD);
    }

    private Decision decide(MarketContext context) {
        return consensus.decide(panel.stream().map(voter -> voter.vote(context)).toList());
    }
}
