package io.quorum.contracts.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.DecisionId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Price;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignalDecidedTest {

    private static final CastVote EMA = CastVote.vote("ema-cross", VoterKind.TECHNICAL, TradeAction.HOLD,
            Confidence.of("0.5"), "no cross");
    private static final CastVote LLM = CastVote.vote("llm:default", VoterKind.LLM, TradeAction.HOLD,
            Confidence.of("0.5"), "range-bound");

    private static SignalDecided decided(TradeAction action, boolean technicalOnly, List<CastVote> votes, IntentId intent) {
        return new SignalDecided(DecisionId.random(), BotId.random(), UserId.random(), Symbol.of("BTCUSDT"),
                Instant.parse("2025-05-30T16:45:00Z"), action, "nothing passed", technicalOnly, votes,
                Map.of(TradeAction.HOLD, votes.size()), Map.of(TradeAction.LONG, 1), intent);
    }

    @Test
    void aBallotIsEitherAnActionOrAnAbstention() {
        assertThatThrownBy(() -> new CastVote("x", VoterKind.LLM, TradeAction.LONG, "timeout", Confidence.of("1"), "e",
                null, null, null, false, false)).hasMessageContaining("either an action or an abstention");
        assertThatThrownBy(() -> new CastVote("x", VoterKind.LLM, null, null, null, null, null, null, null, false, false))
                .hasMessageContaining("either an action or an abstention");
        assertThat(CastVote.abstain("llm:default", VoterKind.LLM, "TIMEOUT: no answer in 20 s").abstained()).isTrue();
    }

    @Test
    void aVoteNeedsItsExplanationAndAnAbstentionProposesNothing() {
        assertThatThrownBy(() -> CastVote.vote("x", VoterKind.LLM, TradeAction.LONG, Confidence.of("0.9"), " "))
                .hasMessageContaining("needs an explanation");
        assertThatThrownBy(() -> new CastVote("x", VoterKind.LLM, null, "timeout", null, null, Price.of("1"), null, null,
                false, false)).hasMessageContaining("proposes nothing");
    }

    @Test
    void confidenceLiesBetweenZeroAndOne() {
        assertThatThrownBy(() -> Confidence.of("1.01")).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> Confidence.of("-0.1")).hasMessageContaining("between 0 and 1");
        assertThat(Confidence.of("0.70")).isEqualTo(Confidence.of("0.7")).hasToString("0.7");
    }

    @Test
    void technicalVotersAloneMeansNoLlmVoteWasCast() {
        assertThat(decided(TradeAction.HOLD, true, List.of(EMA, CastVote.abstain("llm:default", VoterKind.LLM, "not configured")),
                null).technicalOnly()).isTrue();
        assertThatThrownBy(() -> decided(TradeAction.HOLD, true, List.of(EMA, LLM), null))
                .hasMessageContaining("technical voters alone");
    }

    @Test
    void aHoldProducesNoIntentAndCountsStayWithinTheVotersAsked() {
        assertThatThrownBy(() -> decided(TradeAction.HOLD, false, List.of(EMA, LLM), IntentId.random()))
                .hasMessageContaining("HOLD decision produces no order intent");
        assertThatThrownBy(() -> new SignalDecided(DecisionId.random(), BotId.random(), UserId.random(), Symbol.of("BTCUSDT"),
                Instant.EPOCH, TradeAction.HOLD, "r", false, List.of(EMA), Map.of(TradeAction.HOLD, 2), Map.of(), null))
                .hasMessageContaining("tally of HOLD must be between 0 and 1");
        assertThatThrownBy(() -> new SignalDecided(DecisionId.random(), BotId.random(), UserId.random(), Symbol.of("BTCUSDT"),
                Instant.EPOCH, TradeAction.HOLD, "r", false, List.of(EMA), Map.of(), Map.of(TradeAction.HOLD, 1), null))
                .hasMessageContaining("HOLD needs no votes");
    }
}
