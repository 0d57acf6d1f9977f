package io.quorum.contracts.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThresholdTest {

    @ParameterizedTest
    @ValueSource(strings = {"2/3", ">1/2", "3/3", "1/3", "3/5", ">2/3"})
    void readsAndWritesTheSameText(String text) {
        assertThat(Threshold.parse(text)).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0/3", "4/3", ">3/3", "1/0", "0.6", "2:3", "half", "1/101", ""})
    void refusesAnythingThatIsNotAFractionInZeroToOne(String text) {
        assertThatThrownBy(() -> Threshold.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching(".+");
    }

    @ParameterizedTest
    @ValueSource(strings = {">1/2"})
    void aMajorityIsMoreThanHalf(String text) {
        assertThat(Threshold.parse(text)).isEqualTo(Threshold.majority());
        assertThat(Threshold.majority().moreThan()).isTrue();
    }
}
