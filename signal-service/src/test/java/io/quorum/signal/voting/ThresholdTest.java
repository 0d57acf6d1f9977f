package io.quorum.signal.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThresholdTest {

    @Test
    void twoThirdsOfThreeIsExactlyTwoAndOfFourIsThree() {
        assertThat(Threshold.atLeast(2, 3).requiredOf(3)).isEqualTo(2);
        assertThat(Threshold.atLeast(2, 3).requiredOf(4)).isEqualTo(3);
        assertThat(Threshold.atLeast(2, 3).requiredOf(6)).isEqualTo(4);
    }

    @Test
    void aMajorityIsStrictlyMoreThanHalf() {
        assertThat(Threshold.majority().requiredOf(1)).isEqualTo(1);
        assertThat(Threshold.majority().requiredOf(2)).isEqualTo(2);
        assertThat(Threshold.majority().requiredOf(3)).isEqualTo(2);
        assertThat(Threshold.majority().requiredOf(4)).isEqualTo(3);
    }

    @Test
    void oneThirdOfAnyPanelNeedsAtLeastOneVote() {
        assertThat(Threshold.atLeast(1, 3).requiredOf(1)).isEqualTo(1);
        assertThat(Threshold.atLeast(1, 3).requiredOf(2)).isEqualTo(1);
        assertThat(Threshold.atLeast(1, 3).requiredOf(4)).isEqualTo(2);
    }

    @Test
    void templatesWriteThresholdsAsFractionsMajoritiesOrDecimals() {
        assertThat(Threshold.parse("2/3")).isEqualTo(Threshold.atLeast(2, 3));
        assertThat(Threshold.parse(" > 1/2 ")).isEqualTo(Threshold.majority());
        assertThat(Threshold.parse("0.6")).isEqualTo(Threshold.atLeast(6, 10));
        assertThat(Threshold.parse("1")).isEqualTo(Threshold.atLeast(1, 1));
    }

    @Test
    void thresholdsOutsideZeroToOneAreRefused() {
        assertThatThrownBy(() -> Threshold.parse("0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Threshold.parse("4/3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Threshold.parse("-1/3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Threshold.parse(">1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Threshold.parse("two thirds")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reads like");
    }

    @Test
    void holdTakesNoThreshold() {
        assertThatThrownBy(() -> Thresholds.defaults().with(Action.HOLD, Threshold.majority()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
