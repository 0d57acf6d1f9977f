package io.quorum.allocation.ledger;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's paper account and the budgets of their bots. Guards the rule that the budgets never
 * claim more than the balance: a bot starts only if its budget fits into what the others leave free.
 */
public final class Account {

    private final UserId userId;
    private Money balance;
    private final Map<BotId, BotBudget> budgets = new LinkedHashMap<>();

    public Account(UserId userId, Money balance, Collection<BotBudget> budgets) {
        this.userId = Objects.requireNonNull(userId, "userId");
        this.balance = Objects.requireNonNull(balance, "balance");
        budgets.forEach(budget -> this.budgets.put(budget.botId(), budget));
    }

    public static Account opened(UserId userId, Money startingBalance) {
        return new Account(userId, startingBalance, List.of());
    }

    /**
     * Reserves {@code amount} for a bot's run. The same bot reserved again with the same amount is
     * the same request repeated and changes nothing.
     */
    public ReserveOutcome reserve(BotId botId, Money amount) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a budget must be positive, was " + amount);
        }
        BotBudget existing = budgets.get(botId);
        if (existing != null && existing.status() == BudgetStatus.HALTING) {
            return new ReserveOutcome.StillStopping(botId);
        }
        if (existing != null && existing.status() == BudgetStatus.RESERVED) {
            return existing.amount().compareTo(amount) == 0
                    ? new ReserveOutcome.AlreadyReserved(existing)
                    : new ReserveOutcome.RunningWithOtherAmount(botId, existing.amount());
        }
        Money free = freeExcept(botId);
        if (amount.exceeds(free)) {
            return new ReserveOutcome.InsufficientBalance(amount, free.max(Money.ZERO));
        }
        BotBudget budget = existing == null ? BotBudget.reserve(botId, userId, amount) : existing;
        if (existing != null) {
            existing.startNewRun(amount);
        }
        budgets.put(botId, budget);
        return new ReserveOutcome.Reserved(budget);
    }

    /** What the active budgets keep from the balance. */
    public Money allocated() {
        return budgets.values().stream().map(BotBudget::claim).reduce(Money.ZERO, Money::plus);
    }

    /** What a new budget could still take; never shown below zero. */
    public Money free() {
        return balance.minus(allocated()).max(Money.ZERO);
    }

    public boolean fits(Money amount) {
        return !amount.exceeds(free());
    }

    /** A fill moved money: realized profit in, fee out. */
    public void post(FillEffect effect) {
        balance = balance.plus(effect.balanceChange());
    }

    public Optional<BotBudget> budget(BotId botId) {
        return Optional.ofNullable(budgets.get(botId));
    }

    public List<BotBudget> budgets() {
        return new ArrayList<>(budgets.values());
    }

    private Money freeExcept(BotId botId) {
        Money others = budgets.values().stream()
                .filter(budget -> !budget.botId().equals(botId))
                .map(BotBudget::claim)
                .reduce(Money.ZERO, Money::plus);
        return balance.minus(others);
    }

    public UserId userId() { return userId; }
    public Money balance() { return balance; }
}
