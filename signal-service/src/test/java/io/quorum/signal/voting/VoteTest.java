package io.quorum.signal.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.money.Price;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class VoteTest {

    private static final VoterId GPT = VoterId.llm("gpt");

    @Test
    void aConfidenceOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> Vote.of(GPT, Action.LONG, new BigDecimal("-0.1"), "why not"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> Vote.of(GPT, Action.LONG, new BigDecimal("95"), "very sure"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aVoteWithoutAnExplanationIsRefused() {
        assertThatThrownBy(() -> Vote.of(GPT, Action.LONG, BigDecimal.ONE, "  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("explanation");
    }

    @Test
    void anAbsurdLeverageIsKeptForTheConfirmStepButLeverageZeroIsRefused() {
        Vote vote = Vote.of(GPT, Action.LONG, BigDecimal.ONE, "moon").with(new Proposal(null, Price.of("1"), 125));

        assertThat(vote.proposal().proposedLeverage()).contains(125);
        assertThatThrownBy(() -> new Proposal(null, null, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAbstentionNeedsAReadableDetail() {
        assertThatThrownBy(() -> new Abstention(GPT, AbstentionReason.SERVER_ERROR, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Abstention(GPT, AbstentionReason.RATE_LIMITED, "HTTP 429").toString())
                .isEqualTo("gpt (llm) abstained: HTTP 429");
    }
}
