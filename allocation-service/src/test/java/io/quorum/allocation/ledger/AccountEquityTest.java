package io.quorum.allocation.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Percent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Invariant 1 against the venue's equity: budgets ≤ equity × (1 − reserved pool) at every grant. */
class AccountEquityTest {

    final UserId user = UserId.random();
    static final Percent POOL = Percent.of("10");

    Account account(String paper, String venue, List<BotBudget> budgets) {
        return new Account(user, Money.of(paper), venue == null ? null : Money.of(venue), POOL, budgets);
    }

    @Test
    void theVenuesEquityReplacesThePaperBalanceAndThePoolIsNeverGranted() {
        Account account = account("10000", "2000", List.of());

        assertThat(account.equity()).isEqualTo(Money.of("2000"));
        assertThat(account.allocatable()).isEqualTo(Money.of("1800"));
        assertThat(account.pool()).isEqualTo(Money.of("200"));
        assertThat(account.reserve(BotId.random(), Money.of("1800.01")))
                .isEqualTo(new ReserveOutcome.InsufficientBalance(Money.of("1800.01"), Money.of("1800")));
        assertThat(account.reserve(BotId.random(), Money.of("1800"))).isInstanceOf(ReserveOutcome.Reserved.class);
        assertThat(account.free()).isEqualTo(Money.ZERO);
    }

    @Test
    void withoutAVenueEquityThePaperBalanceIsTheEquity() {
        Account account = account("10000", null, List.of());

        assertThat(account.hasVenueEquity()).isFalse();
        assertThat(account.equity()).isEqualTo(Money.of("10000"));
        assertThat(account.free()).isEqualTo(Money.of("9000"));
    }

    @Test
    void aFallOfTheEquityLeavesTheBudgetsRunningButOverCommittedAndGrantsNothingMore() {
        BotBudget running = BotBudget.reserve(BotId.random(), user, Money.of("4000"));

        Account fallen = account("10000", "4000", List.of(running));

        assertThat(fallen.overCommitted()).isTrue();
        assertThat(fallen.free()).isEqualTo(Money.ZERO);
        assertThat(fallen.reserve(BotId.random(), Money.of("1"))).isInstanceOf(ReserveOutcome.InsufficientBalance.class);
        assertThat(running.status()).isEqualTo(BudgetStatus.RESERVED);
        assertThat(account("10000", "5000", List.of(running)).overCommitted()).isFalse();
    }

    @Provide
    Arbitrary<List<int[]>> steps() {
        // {0, hundreds}: a bot asks for a budget; {1, hundreds}: the venue reports a new equity
        return Arbitraries.integers().between(0, 1).flatMap(kind -> Arbitraries.integers().between(1, 120)
                .map(hundreds -> new int[] {kind, hundreds})).list().ofMaxSize(40);
    }

    @Property(tries = 300)
    void everyGrantKeepsTheBudgetsWithinTheEquityLessThePool(@ForAll("steps") List<int[]> steps,
                                                            @ForAll("pools") Percent pool) {
        List<BotBudget> budgets = new ArrayList<>();
        Money equity = Money.of("5000");
        for (int[] step : steps) {
            Money amount = Money.of(BigDecimal.valueOf(step[1] * 100L));
            if (step[0] == 1) {
                equity = amount;
                continue;
            }
            Account account = new Account(user, Money.of("10000"), equity, pool, budgets);
            if (account.reserve(BotId.random(), amount) instanceof ReserveOutcome.Reserved reserved) {
                budgets.add(reserved.budget());
                Money allocatable = equity.minus(equity.times(pool.fraction()));
                assertThat(account.allocated()).isLessThanOrEqualTo(allocatable);
            }
        }
    }

    @Provide
    Arbitrary<Percent> pools() {
        return Arbitraries.integers().between(0, 99).map(p -> Percent.of(BigDecimal.valueOf(p)));
    }
}
