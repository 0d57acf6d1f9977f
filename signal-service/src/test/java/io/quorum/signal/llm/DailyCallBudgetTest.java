package io.quorum.signal.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DailyCallBudgetTest {

    private static final LocalDate DAY = LocalDate.parse("2025-06-21");

    @Test
    void theDayIsTheUtcDateOfTheCandleCloseSoTheCandleClosingAtMidnightOpensTheNextDay() {
        assertThat(DailyCallBudget.dayOf(Instant.parse("2025-06-20T23:45:00Z"))).isEqualTo(LocalDate.parse("2025-06-20"));
        assertThat(DailyCallBudget.dayOf(Instant.parse("2025-06-20T23:59:59.999Z"))).isEqualTo(LocalDate.parse("2025-06-20"));
        assertThat(DailyCallBudget.dayOf(Instant.parse("2025-06-21T00:00:00Z"))).isEqualTo(DAY);
        assertThat(DailyCallBudget.dayOf(Instant.parse("2025-06-21T23:45:00Z"))).isEqualTo(DAY);
    }

    @Test
    void aGrantIsAllOrNothingSoTwoCallsLeftDoNotCoverAPanelOfThreeButDoCoverOneReview() {
        DailyCallBudget twoLeft = new DailyCallBudget(DAY, 5, 3);

        assertThat(twoLeft.remaining()).isEqualTo(2);
        assertThat(twoLeft.covers(3)).isFalse();
        assertThat(twoLeft.covers(2)).isTrue();
        assertThat(twoLeft.charge(1).remaining()).isEqualTo(1);
        assertThat(twoLeft.refusal(3)).isEqualTo(
                "the user's daily LLM call budget is spent (2 of 5 calls left on 2025-06-21, 3 needed)");
        assertThatThrownBy(() -> twoLeft.charge(3)).hasMessageContaining("2 of 5 left on 2025-06-21");
    }

    @Test
    void chargingUpToTheLimitUsesEveryCallAndNotOneMore() {
        DailyCallBudget budget = DailyCallBudget.fresh(DAY, 4);
        for (int i = 0; i < 4; i++) {
            budget = budget.charge(1);
        }
        assertThat(budget.used()).isEqualTo(4);
        assertThat(budget.remaining()).isZero();
        assertThat(budget.covers(1)).isFalse();
    }

    @Test
    void aLimitLoweredBelowWhatWasUsedLeavesNothingRatherThanANegativeRemainder() {
        DailyCallBudget lowered = new DailyCallBudget(DAY, 2, 7);
        assertThat(lowered.remaining()).isZero();
        assertThat(lowered.covers(1)).isFalse();
    }

    @Test
    void aGrantAsksForAtLeastOneCall() {
        assertThatThrownBy(() -> DailyCallBudget.fresh(DAY, 4).covers(0)).hasMessageContaining("at least one call");
        assertThatThrownBy(() -> new DailyCallBudget(DAY, -1, 0)).hasMessageContaining("must not be negative");
    }

    @Test
    void aUsersOverrideReplacesTheDefaultUnlessTheDefaultSwitchesLlmVotersOffForEveryone() {
        CallBudgetLimits normal = new CallBudgetLimits(500);
        assertThat(normal.limitFor(OptionalInt.empty())).isEqualTo(500);
        assertThat(normal.limitFor(OptionalInt.of(2))).isEqualTo(2);
        assertThat(normal.offReason(2)).isEmpty();
        assertThat(normal.offReason(normal.limitFor(OptionalInt.of(0)))).hasValueSatisfying(
                reason -> assertThat(reason).contains("switched off for this user"));

        CallBudgetLimits off = new CallBudgetLimits(0);
        assertThat(off.limitFor(OptionalInt.of(1000))).isZero();
        assertThat(off.offReason(0)).hasValueSatisfying(reason -> assertThat(reason).contains("daily-calls-per-user = 0"));
        assertThatThrownBy(() -> new CallBudgetLimits(-1)).hasMessageContaining("must not be negative");
    }
}
