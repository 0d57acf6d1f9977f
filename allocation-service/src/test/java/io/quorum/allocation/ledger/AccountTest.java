package io.quorum.allocation.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import org.junit.jupiter.api.Test;

class AccountTest {

    final UserId user = UserId.random();
    final Account account = Account.opened(user, Money.of("10000"));

    @Test
    void reservesABudgetThatFitsIntoTheBalance() {
        var outcome = account.reserve(BotId.random(), Money.of("4000"));

        assertThat(outcome).isInstanceOf(ReserveOutcome.Reserved.class);
        assertThat(account.allocated()).isEqualTo(Money.of("4000"));
        assertThat(account.free()).isEqualTo(Money.of("6000"));
    }

    @Test
    void rejectsStartWhenBudgetsWouldExceedBalanceSayingWhatWasNeededAndWhatIsFree() {
        account.reserve(BotId.random(), Money.of("9600"));

        var outcome = account.reserve(BotId.random(), Money.of("1000"));

        assertThat(outcome).isEqualTo(new ReserveOutcome.InsufficientBalance(Money.of("1000"), Money.of("400")));
    }

    @Test
    void aBudgetOfExactlyTheFreeBalanceFits() {
        account.reserve(BotId.random(), Money.of("6000"));

        assertThat(account.reserve(BotId.random(), Money.of("4000"))).isInstanceOf(ReserveOutcome.Reserved.class);
        assertThat(account.free()).isEqualTo(Money.ZERO);
    }

    @Test
    void reservingTheSameBotWithTheSameAmountAgainChangesNothing() {
        BotId bot = BotId.random();
        account.reserve(bot, Money.of("6000"));

        assertThat(account.reserve(bot, Money.of("6000"))).isInstanceOf(ReserveOutcome.AlreadyReserved.class);
        assertThat(account.allocated()).isEqualTo(Money.of("6000"));
    }

    @Test
    void aRunningBotsBudgetIsNotChangedInFlight() {
        BotId bot = BotId.random();
        account.reserve(bot, Money.of("6000"));

        assertThat(account.reserve(bot, Money.of("5000")))
                .isEqualTo(new ReserveOutcome.RunningWithOtherAmount(bot, Money.of("6000")));
    }

    @Test
    void aStoppingBotCannotStartAgainUntilItsBudgetIsReleased() {
        BotId bot = BotId.random();
        account.reserve(bot, Money.of("1000"));
        account.budget(bot).orElseThrow().halt();

        assertThat(account.reserve(bot, Money.of("1000"))).isEqualTo(new ReserveOutcome.StillStopping(bot));
    }

    @Test
    void aReleasedBotStartsANewRunWithFreshCounters() {
        BotId bot = BotId.random();
        account.reserve(bot, Money.of("1000"));
        BotBudget budget = account.budget(bot).orElseThrow();
        budget.post(new FillEffect(Money.of("10"), Money.of("-5"), Money.of("1")));
        budget.halt();
        budget.release();

        assertThat(account.reserve(bot, Money.of("2000"))).isInstanceOf(ReserveOutcome.Reserved.class);
        assertThat(budget.amount()).isEqualTo(Money.of("2000"));
        assertThat(budget.marginInUse()).isEqualTo(Money.ZERO);
        assertThat(budget.realizedPnl()).isEqualTo(Money.ZERO);
        assertThat(budget.fees()).isEqualTo(Money.ZERO);
        assertThat(budget.status()).isEqualTo(BudgetStatus.RESERVED);
    }

    @Test
    void aReleasedBudgetNoLongerHoldsAnyOfTheBalance() {
        BotId bot = BotId.random();
        account.reserve(bot, Money.of("7000"));
        account.budget(bot).orElseThrow().halt();
        account.budget(bot).orElseThrow().release();

        assertThat(account.free()).isEqualTo(Money.of("10000"));
    }

    @Test
    void aBotsRealizedProfitStaysItsOwnUntilReleasedSoOtherBotsCannotSpendIt() {
        BotId winner = BotId.random();
        account.reserve(winner, Money.of("10000"));
        FillEffect profit = new FillEffect(Money.ZERO, Money.of("100"), Money.ZERO);
        account.budget(winner).orElseThrow().post(profit);
        account.post(profit);

        assertThat(account.balance()).isEqualTo(Money.of("10100"));
        assertThat(account.reserve(BotId.random(), Money.of("50")))
                .isEqualTo(new ReserveOutcome.InsufficientBalance(Money.of("50"), Money.ZERO));
    }

    @Test
    void aFillMovesTheBalanceByRealizedProfitLessFee() {
        account.post(new FillEffect(Money.of("30"), Money.of("12.5"), Money.of("0.25")));

        assertThat(account.balance()).isEqualTo(Money.of("10012.25"));
    }
}
