package io.quorum.grid.slots;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.money.Price;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriggerPolicyTest {

    private final TriggerPolicy policy = new TriggerPolicy();

    @ParameterizedTest(name = "trigger 100, previous {0}, price {1} → {2}")
    @CsvSource(nullValues = "none", value = {
            "99, 101, true",     // crossed upward
            "101, 99, true",     // crossed downward
            "99, 100, true",     // touched from below
            "101, 100, true",    // touched from above
            "100, 105, true",    // previous exactly at it
            "none, 100, true",   // first tick of the symbol, exactly at it
            "none, 101, false",  // first tick of the symbol, no direction to judge by
            "95, 99, false",     // still below
            "105, 101, false"})  // still above
    void aTickReachesTheTriggerWhenAtItOrWhenTheTriggerLiesBetweenItAndThePreviousTick(String previous, String price,
                                                                                       boolean reached) {
        assertThat(policy.reached(Price.of("100"), previous == null ? null : Price.of(previous), Price.of(price)))
                .isEqualTo(reached);
    }
}
