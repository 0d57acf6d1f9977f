package io.quorum.signal.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.bots.TrendSpec;
import io.quorum.contracts.signals.Threshold;
import io.quorum.contracts.signals.TradeAction;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThresholdsTest {

    private final Thresholds defaults = Thresholds.defaults();

    @Test
    void twoThirdsOfThreeIsExactlyTwoAndOfFourIsThree() {
        assertThat(defaults.requiredOf(Action.LONG, 3)).isEqualTo(2);
        assertThat(defaults.requiredOf(Action.SHORT, 4)).isEqualTo(3);
        assertThat(defaults.requiredOf(Action.LONG, 6)).isEqualTo(4);
    }

    @Test
    void aMajorityIsStrictlyMoreThanHalf() {
        assertThat(defaults.requiredOf(Action.CLOSE, 1)).isEqualTo(1);
        assertThat(defaults.requiredOf(Action.CLOSE, 2)).isEqualTo(2);
        assertThat(defaults.requiredOf(Action.CLOSE, 3)).isEqualTo(2);
        assertThat(defaults.requiredOf(Action.CLOSE, 4)).isEqualTo(3);
    }

    @Test
    void aStopLossNeedsAThirdButAlwaysAtLeastOneVoteAndDcaNeedsEveryone() {
        assertThat(defaults.requiredOf(Action.STOP_LOSS, 1)).isEqualTo(1);
        assertThat(defaults.requiredOf(Action.STOP_LOSS, 2)).isEqualTo(1);
        assertThat(defaults.requiredOf(Action.STOP_LOSS, 4)).isEqualTo(2);
        assertThat(defaults.requiredOf(Action.DCA, 5)).isEqualTo(5);
    }

    @Test
    void aTemplatesThresholdsReplaceTheDefaults() {
        Thresholds lenient = defaults.with(Action.LONG, Threshold.parse(">1/2"));

        assertThat(lenient.requiredOf(Action.LONG, 4)).isEqualTo(3);
        assertThat(lenient.requiredOf(Action.LONG, 3)).isEqualTo(2);
        assertThat(lenient.of(Action.SHORT)).isEqualTo(Threshold.atLeast(2, 3));
    }

    @Test
    void holdTakesNoThresholdAndEveryOtherActionNeedsOne() {
        assertThatThrownBy(() -> defaults.with(Action.HOLD, Threshold.majority()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Thresholds.of(Map.of(Action.LONG, Threshold.majority())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a threshold");
    }

    @Test
    void aTemplatesPublishedThresholdsAreReadAsTheyAreWritten() {
        Map<TradeAction, Threshold> published = new EnumMap<>(TrendSpec.defaultThresholds());
        published.put(TradeAction.DCA, Threshold.parse(">1/2"));

        Thresholds fromTemplate = Thresholds.fromTemplate(published);

        assertThat(fromTemplate.of(Action.DCA)).isEqualTo(Threshold.majority());
        assertThat(fromTemplate.requiredOf(Action.DCA, 3)).isEqualTo(2);
        assertThat(fromTemplate.of(Action.LONG)).isEqualTo(Threshold.atLeast(2, 3));
    }

    @Test
    void everyActionHasItsPublishedNameAndBack() {
        for (Action action : Action.values()) {
            assertThat(Action.of(action.published())).isEqualTo(action);
        }
        assertThat(TradeAction.values()).hasSameSizeAs(Action.values());
    }

    @Test
    void noVotersNeedNoQuorumButCannotDecide() {
        assertThatThrownBy(() -> defaults.requiredOf(Action.LONG, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
