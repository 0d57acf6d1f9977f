package io.quorum.signal.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.money.Percent;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.Side;
import io.quorum.contracts.signals.Threshold;
import io.quorum.signal.context.OpenPosition;
import io.quorum.signal.voting.Action;
import io.quorum.signal.voting.Consensus;
import io.quorum.signal.voting.Decision;
import io.quorum.signal.voting.Thresholds;
import io.quorum.signal.voting.Vote;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StopLossMonitorTest {

    private static final Percent MINUS_TEN = Percent.of("-10");
    private static final OpenPosition LONG = new OpenPosition(Side.BUY, Quantity.of("0.01"), Price.of("100000"));
    private static final OpenPosition SHORT = new OpenPosition(Side.SELL, Quantity.of("0.01"), Price.of("100000"));

    @Test
    void aLongAtTwiceLeverageTriggersExactlyWhenThePriceHasFallenFivePercent() {
        assertThat(StopLossMonitor.check(LONG, 2, Price.of("95000.1"), MINUS_TEN)).isEmpty();

        Optional<Vote> vote = StopLossMonitor.check(LONG, 2, Price.of("95000"), MINUS_TEN);

        assertThat(vote).hasValueSatisfying(v -> {
            assertThat(v.action()).isEqualTo(Action.STOP_LOSS);
            assertThat(v.voter()).isEqualTo(StopLossMonitor.VOTER);
            assertThat(v.explanation()).startsWith("unrealised result -10.00 % of margin at 95000 (long 0.01 from 100000, 2x)");
        });
    }

    @Test
    void aShortTriggersWhenThePriceRises() {
        assertThat(StopLossMonitor.check(SHORT, 5, Price.of("101999.9"), MINUS_TEN)).isEmpty();
        assertThat(StopLossMonitor.check(SHORT, 5, Price.of("102000"), MINUS_TEN)).isPresent();
        assertThat(StopLossMonitor.check(SHORT, 5, Price.of("90000"), MINUS_TEN)).as("a winning short").isEmpty();
    }

    @Test
    void aWinningLongNeverTriggers() {
        assertThat(StopLossMonitor.check(LONG, 20, Price.of("150000"), Percent.of("-0.01"))).isEmpty();
    }

    @Test
    void theMonitorsOneVoteAloneReachesTheStopLossThresholdWhateverTheTemplateSets() {
        Vote vote = StopLossMonitor.check(LONG, 2, Price.of("90000"), MINUS_TEN).orElseThrow();

        for (Threshold threshold : List.of(Threshold.atLeast(1, 3), Threshold.majority(), Threshold.atLeast(1, 1))) {
            Decision decision = new Consensus(Thresholds.defaults().with(Action.STOP_LOSS, threshold)).decide(List.of(vote));
            assertThat(decision.action()).as("threshold " + threshold).isEqualTo(Action.STOP_LOSS);
        }
    }
}
