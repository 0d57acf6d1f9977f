package io.quorum.allocation.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.allocation.AllocationServiceTest;
import io.quorum.allocation.ledger.BotBudget;
import io.quorum.allocation.ledger.ReserveOutcome;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentReservationTest extends AllocationServiceTest {

    @Test
    void fortyConcurrentStartsOfOneUsersBotsNeverOverAllocate() throws Exception {
        UserId user = UserId.random();
        Money amount = Money.of("300");
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<ReserveOutcome>> starts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            BotId bot = BotId.random();
            starts.add(() -> {
                go.await();
                return budgetReservations.reserve(user, bot, amount);
            });
        }

        List<ReserveOutcome> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(40)) {
            List<Future<ReserveOutcome>> futures = starts.stream().map(pool::submit).toList();
            go.countDown();
            for (Future<ReserveOutcome> future : futures) {
                outcomes.add(future.get());
            }
        }

        // floor(10000 / 300) = 33
        assertThat(outcomes).filteredOn(ReserveOutcome.Reserved.class::isInstance).hasSize(33);
        assertThat(outcomes).filteredOn(ReserveOutcome.InsufficientBalance.class::isInstance).hasSize(7);
        var account = account(user);
        assertThat(account.budgets()).hasSize(33);
        Money total = account.budgets().stream().map(BotBudget::amount).reduce(Money.ZERO, Money::plus);
        assertThat(total).isEqualTo(Money.of("9900")).isLessThanOrEqualTo(account.balance());
    }
}
