package io.quorum.signal.voting;

import static io.quorum.signal.voting.Ballots.llm;
import static io.quorum.signal.voting.Ballots.technical;
import static io.quorum.signal.voting.Ballots.timeout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.signals.Threshold;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsensusTest {

    private final Consensus consensus = new Consensus(Thresholds.defaults());

    @Test
    void twoOfThreeVotersGoingLongOpenALong() {
        Decision decision = consensus.decide(List.of(llm("gpt", Action.LONG), llm("qwen", Action.LONG),
                technical("ema-cross", Action.HOLD)));

        assertThat(decision.action()).isEqualTo(Action.LONG);
        assertThat(decision.votesFor(Action.LONG)).isEqualTo(2);
        assertThat(decision.required()).containsEntry(Action.LONG, 2);
        assertThat(decision.agreeing()).extracting(vote -> vote.voter().name()).containsExactly("gpt", "qwen");
        assertThat(decision.reason()).contains("LONG passed with 2 of 3 votes (needs 2, threshold 2/3)");
        assertThat(decision.technicalOnly()).isFalse();
    }

    @Test
    void anAbstentionCountsAsAVoterButNotAsAVote() {
        Decision decision = consensus.decide(List.of(llm("gpt", Action.LONG), timeout("qwen"),
                technical("ema-cross", Action.HOLD)));

        assertThat(decision.action()).isEqualTo(Action.HOLD);
        assertThat(decision.voters()).isEqualTo(3);
        assertThat(decision.abstentions()).isEqualTo(1);
        assertThat(decision.required()).containsEntry(Action.LONG, 2);
        assertThat(decision.reason()).contains("no action reached its threshold").contains("LONG 1 of 2 needed")
                .contains("1 of 3 abstained");
    }

    @Test
    void aStopLossNeedsOnlyOneVoteInThreeAndOutranksALongMajority() {
        Decision decision = consensus.decide(List.of(llm("gpt", Action.LONG), llm("qwen", Action.LONG),
                technical("rsi-band", Action.STOP_LOSS)));

        assertThat(decision.action()).isEqualTo(Action.STOP_LOSS);
        assertThat(decision.agreeing()).hasSize(1);
    }

    @Test
    void closeNeedsMoreThanHalfSoTwoOfFourIsNotEnough() {
        Decision twoOfFour = consensus.decide(List.of(llm("a", Action.CLOSE), llm("b", Action.CLOSE),
                llm("c", Action.HOLD), llm("d", Action.HOLD)));
        Decision threeOfFour = consensus.decide(List.of(llm("a", Action.CLOSE), llm("b", Action.CLOSE),
                llm("c", Action.CLOSE), llm("d", Action.HOLD)));

        assertThat(twoOfFour.action()).isEqualTo(Action.HOLD);
        assertThat(twoOfFour.required()).containsEntry(Action.CLOSE, 3);
        assertThat(threeOfFour.action()).isEqualTo(Action.CLOSE);
    }

    @Test
    void closeOutranksALongThatAlsoPassed() {
        Consensus lenient = new Consensus(Thresholds.defaults().with(Action.LONG, Threshold.atLeast(1, 3)));

        Decision decision = lenient.decide(List.of(llm("a", Action.CLOSE), llm("b", Action.CLOSE), llm("c", Action.LONG)));

        assertThat(decision.action()).isEqualTo(Action.CLOSE);
    }

    @Test
    void dcaNeedsEveryVoterAndLosesToALongThatAlsoPassed() {
        assertThat(consensus.decide(List.of(llm("a", Action.DCA), llm("b", Action.DCA), technical("c", Action.DCA)))
                .action()).isEqualTo(Action.DCA);
        assertThat(consensus.decide(List.of(llm("a", Action.DCA), llm("b", Action.DCA), timeout("c")))
                .action()).isEqualTo(Action.HOLD);

        Consensus lenient = new Consensus(Thresholds.defaults().with(Action.DCA, Threshold.atLeast(1, 3)));
        assertThat(lenient.decide(List.of(llm("a", Action.LONG), llm("b", Action.LONG), llm("c", Action.DCA)))
                .action()).isEqualTo(Action.LONG);
    }

    @Test
    void longAndShortPassingTogetherCancelToHold() {
        Consensus lenient = new Consensus(Thresholds.defaults()
                .with(Action.LONG, Threshold.atLeast(1, 3)).with(Action.SHORT, Threshold.atLeast(1, 3)));

        Decision decision = lenient.decide(List.of(llm("a", Action.LONG), llm("b", Action.SHORT), llm("c", Action.HOLD)));

        assertThat(decision.action()).isEqualTo(Action.HOLD);
        assertThat(decision.reason()).startsWith("HOLD: conflicting").contains("LONG passed").contains("SHORT passed");
        assertThat(decision.trades()).isFalse();
    }

    @Test
    void technicalVotersAloneDecideWhenNoLanguageModelIsConfigured() {
        Decision decision = consensus.decide(List.of(technical("ema-cross", Action.LONG), technical("rsi-band", Action.LONG)));

        assertThat(decision.action()).isEqualTo(Action.LONG);
        assertThat(decision.technicalOnly()).isTrue();
        assertThat(decision.reason()).contains("decided by technical voters alone (no LLM voter configured)");
    }

    @Test
    void technicalVotersDecideAloneWhenEveryLanguageModelAbstains() {
        Decision decision = consensus.decide(List.of(timeout("gpt"), technical("ema-cross", Action.STOP_LOSS),
                technical("rsi-band", Action.HOLD)));

        assertThat(decision.action()).isEqualTo(Action.STOP_LOSS);
        assertThat(decision.technicalOnly()).isTrue();
        assertThat(decision.reason()).contains("every LLM voter abstained");
    }

    @Test
    void noBallotsHold() {
        Decision decision = consensus.decide(List.of());

        assertThat(decision.action()).isEqualTo(Action.HOLD);
        assertThat(decision.reason()).contains("no voter was asked");
    }

    @Test
    void aVoterCannotVoteTwice() {
        assertThatThrownBy(() -> consensus.decide(List.of(llm("gpt", Action.LONG), llm("gpt", Action.LONG))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than one ballot");
    }
}
