package io.quorum.signal.technical;

import static io.quorum.signal.technical.RecordedCandles.decisionAfter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.Side;
import io.quorum.signal.voting.Action;
import io.quorum.signal.context.OpenPosition;
import io.quorum.signal.voting.Abstention;
import io.quorum.signal.voting.Vote;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** On recorded BTCUSDT candles of 20–24 June 2025. */
class RsiBandVoterTest {

    private static final OpenPosition LONG = new OpenPosition(Side.BUY, Quantity.of("0.01"), Price.of("101000"));
    private static final OpenPosition SHORT = new OpenPosition(Side.SELL, Quantity.of("0.01"), Price.of("103000"));

    private final RsiBandVoter voter = new RsiBandVoter();

    @Test
    void theOversoldSellOffVotesLongWithTheReading() {
        Vote vote = (Vote) voter.vote(decisionAfter("2025-06-22T13:15"));

        assertThat(vote.action()).isEqualTo(Action.LONG);
        assertThat(vote.explanation()).isEqualTo("15m RSI14 is 22.53, at or below 30: oversold");
    }

    @Test
    void theOverboughtEveningOfTheRecoveryVotesShort() {
        Vote vote = (Vote) voter.vote(decisionAfter("2025-06-23T22:00"));

        assertThat(vote.action()).isEqualTo(Action.SHORT);
        assertThat(vote.explanation()).startsWith("15m RSI14 is 77.54");
    }

    @Test
    void betweenTheBandsItHolds() {
        Vote vote = (Vote) voter.vote(decisionAfter("2025-06-23T14:00"));

        assertThat(vote.action()).isEqualTo(Action.HOLD);
        assertThat(vote.explanation()).contains("between 30 and 70");
    }

    @Test
    void aLongPastTheUpperBandAndAShortPastTheLowerBandVoteClose() {
        Vote longOverbought = (Vote) voter.vote(decisionAfter("2025-06-23T22:00").withPosition(LONG));
        Vote shortOversold = (Vote) voter.vote(decisionAfter("2025-06-22T13:15").withPosition(SHORT));

        assertThat(longOverbought.action()).isEqualTo(Action.CLOSE);
        assertThat(longOverbought.explanation()).contains("past the upper band 70 against the open long");
        assertThat(shortOversold.action()).isEqualTo(Action.CLOSE);
    }

    @Test
    void aLongInAnOversoldMarketIsNotAddedToButHeld() {
        Vote vote = (Vote) voter.vote(decisionAfter("2025-06-22T13:15").withPosition(LONG));

        assertThat(vote.action()).isEqualTo(Action.HOLD);
    }

    @Test
    void withTooFewCandlesItAbstains() {
        assertThat(voter.vote(decisionAfter("2025-06-20T05:00"))).isInstanceOfSatisfying(Abstention.class,
                abstention -> assertThat(abstention.detail()).isEqualTo("not enough candles: 21 of 63 (15m)"));
    }

    @Test
    void bandsMustLieInsideZeroToHundredInOrder() {
        assertThatThrownBy(() -> new RsiBandVoter("rsi", IndicatorSettings.DEFAULTS, BigDecimal.valueOf(70), BigDecimal.valueOf(30)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
