package io.quorum.signal.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.Side;
import io.quorum.signal.voting.Action;
import io.quorum.signal.voting.Proposal;
import io.quorum.signal.voting.Vote;
import io.quorum.signal.voting.VoterId;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConservativeProposalTest {

    private static final Price ENTRY = Price.of("100000");

    @Test
    void theLowestLeverageAndTheNearestStopAndTargetOnTheirSidesWin() {
        List<Vote> agreeing = List.of(
                vote("gpt", new Proposal(Price.of("106000"), Price.of("97000"), 20)),
                vote("qwen", new Proposal(Price.of("103000"), Price.of("101000"), 5)),
                vote("deepseek", new Proposal(Price.of("99000"), Price.of("98500"), null)));

        Proposal merged = ConservativeProposal.of(Side.BUY, ENTRY, agreeing);

        assertThat(merged.leverage()).isEqualTo(5);
        assertThat(merged.stopLoss()).isEqualTo(Price.of("98500"));
        assertThat(merged.takeProfit()).isEqualTo(Price.of("103000"));
    }

    @Test
    void votesWithoutProposalsLeaveEverythingToTheTemplate() {
        Proposal merged = ConservativeProposal.of(Side.SELL, ENTRY, List.of(vote("ema-cross", Proposal.NONE)));

        assertThat(merged).isEqualTo(Proposal.NONE);
    }

    private static Vote vote(String name, Proposal proposal) {
        return Vote.of(VoterId.llm(name), Action.LONG, new BigDecimal("0.7"), "trend up").with(proposal);
    }
}
