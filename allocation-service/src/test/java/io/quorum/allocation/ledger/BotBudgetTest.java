package io.quorum.allocation.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import org.junit.jupiter.api.Test;

class BotBudgetTest {

    final BotBudget budget = BotBudget.reserve(BotId.random(), UserId.random(), Money.of("1000"));

    @Test
    void availableIsTheBudgetLessReservationsMarginFeesAndLossesButNotProfit() {
        budget.commit(Money.of("100"));
        budget.post(new FillEffect(Money.of("200"), Money.of("-30"), Money.of("2")));
        assertThat(budget.available()).isEqualTo(Money.of("668"));

        budget.post(new FillEffect(Money.ZERO, Money.of("80"), Money.ZERO));
        assertThat(budget.available()).isEqualTo(Money.of("698"));
    }

    @Test
    void refusesToCommitMoreThanIsAvailable() {
        budget.commit(Money.of("999"));

        assertThatThrownBy(() -> budget.commit(Money.of("1.01"))).isInstanceOf(IllegalStateException.class);
        assertThat(budget.reserved()).isEqualTo(Money.of("999"));
    }

    @Test
    void aHaltingBotCommitsNothingMore() {
        budget.halt();

        assertThatThrownBy(() -> budget.commit(Money.of("1"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cannotReleaseMoreThanIsReserved() {
        budget.commit(Money.of("10"));

        assertThatThrownBy(() -> budget.releaseReservation(Money.of("10.5"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void releaseReturnsTheBudgetPlusRealizedProfitLessFees() {
        budget.post(new FillEffect(Money.ZERO, Money.of("25.5"), Money.of("1.25")));
        budget.halt();

        assertThat(budget.release()).isEqualTo(Money.of("1024.25"));
        assertThat(budget.status()).isEqualTo(BudgetStatus.RELEASED);
    }

    @Test
    void onlyAHaltingBotIsReleased() {
        assertThatThrownBy(budget::release).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRunningBotCannotStartANewRun() {
        assertThatThrownBy(() -> budget.startNewRun(Money.of("10"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void marginInUseNeverGoesNegative() {
        assertThatThrownBy(() -> budget.post(new FillEffect(Money.of("-1"), Money.ZERO, Money.ZERO)))
                .isInstanceOf(IllegalStateException.class);
    }
}
