package io.quorum.signal.technical;

import static io.quorum.signal.technical.RecordedCandles.decisionAfter;
import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.Side;
import io.quorum.signal.voting.Action;
import io.quorum.signal.voting.VoterKind;
import io.quorum.signal.context.MarketContext;
import io.quorum.signal.context.OpenPosition;
import io.quorum.signal.voting.Abstention;
import io.quorum.signal.voting.AbstentionReason;
import io.quorum.signal.voting.Ballot;
import io.quorum.signal.voting.Vote;
import org.junit.jupiter.api.Test;

/** On recorded BTCUSDT candles of 20–24 June 2025: a sell-off to 99,000 on the 22nd, a recovery on the 23rd. */
class EmaCrossVoterTest {

    private static final OpenPosition LONG = new OpenPosition(Side.BUY, Quantity.of("0.01"), Price.of("103000"));
    private static final OpenPosition SHORT = new OpenPosition(Side.SELL, Quantity.of("0.01"), Price.of("103000"));

    private final EmaCrossVoter voter = new EmaCrossVoter();

    @Test
    void theRecoveryCrossAboveInsideAnHourlyUptrendVotesLongWithItsNumbers() {
        Vote vote = (Vote) voter.vote(decisionAfter("2025-06-23T13:30"));

        assertThat(vote.action()).isEqualTo(Action.LONG);
        assertThat(vote.voter().kind()).isEqualTo(VoterKind.TECHNICAL);
        assertThat(vote.explanation()).contains("crossed above")
                .contains("fast 101274.34 / slow 101347.43 → fast 101408.46 / slow 101401.74")
                .contains("1h trend up (1h EMA9/21 fast 101437.66 / slow 101281.91)");
    }

    @Test
    void theSellOffCrossBelowInsideAnHourlyDowntrendVotesShort() {
        Vote vote = (Vote) voter.vote(decisionAfter("2025-06-22T13:15"));

        assertThat(vote.action()).isEqualTo(Action.SHORT);
        assertThat(vote.explanation()).contains("crossed below").contains("1h trend down");
    }

    @Test
    void aCrossUpAgainstTheHourlyDowntrendHolds() {
        Vote vote = (Vote) voter.vote(decisionAfter("2025-06-22T22:15"));

        assertThat(vote.action()).isEqualTo(Action.HOLD);
        assertThat(vote.explanation()).contains("15m crossed up").contains("the 1h trend is not up");
    }

    @Test
    void aLongHeldIntoTheSellOffVotesCloseAndAShortHolds() {
        MarketContext sellOff = decisionAfter("2025-06-22T13:15");

        Vote withLong = (Vote) voter.vote(sellOff.withPosition(LONG));
        Vote withShort = (Vote) voter.vote(sellOff.withPosition(SHORT));

        assertThat(withLong.action()).isEqualTo(Action.CLOSE);
        assertThat(withLong.explanation()).contains("the open long runs against the 1h trend");
        assertThat(withShort.action()).isEqualTo(Action.HOLD);
    }

    @Test
    void aShortHeldIntoTheRecoveryVotesClose() {
        Vote vote = (Vote) voter.vote(decisionAfter("2025-06-23T14:00").withPosition(SHORT));

        assertThat(vote.action()).isEqualTo(Action.CLOSE);
    }

    @Test
    void withLessThanThreeSlowPeriodsOfCandlesItAbstains() {
        Ballot ballot = voter.vote(decisionAfter("2025-06-20T10:00"));

        assertThat(ballot).isEqualTo(new Abstention(voter.id(), AbstentionReason.NOT_ENOUGH_DATA,
                "not enough candles: 41 of 63 (15m)"));
    }

    @Test
    void theSameCandlesAlwaysGiveTheSameVote() {
        MarketContext context = decisionAfter("2025-06-24T09:15");

        assertThat(voter.vote(context)).isEqualTo(voter.vote(context)).isEqualTo(new EmaCrossVoter().vote(context));
    }
}
