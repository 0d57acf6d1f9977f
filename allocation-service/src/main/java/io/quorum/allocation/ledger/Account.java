package io.quorum.allocation.ledger;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Percent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's account and the budgets of their bots. Guards invariant 1: the budgets never claim more than the
 * equity less the reserved pool — a bot starts only if its budget fits into what the others leave free.
 *
 * <p>The equity is the venue's (the wallet execution-service last read) once one was observed, otherwise the
 * paper balance. The reserved pool is a share of the equity no budget may take: it absorbs a fall of the equity
 * before the budgets exceed it. Should the equity fall further, nothing is taken from a running bot; the
 * account is {@linkplain #overCommitted() over-committed}, new budgets do not fit and opening orders are refused
 * until the equity recovers or bots are stopped.
 */
public final class Account {

    private final UserId userId;
    private Money balance;
    private final Money venueEquity;
    private final Percent reservedPool;
    private final Map<BotId, BotBudget> budgets = new LinkedHashMap<>();

    /** A paper account without a reserved pool. */
    public Account(UserId userId, Money balance, Collection<BotBudget> budgets) {
        this(userId, balance, null, Percent.of(BigDecimal.ZERO), budgets);
    }

    /**
     * @param venueEquity  the equity the venue last reported; null when none was observed (paper)
     * @param reservedPool the share of the equity no budget may take, 0 to 100
     */
    public Account(UserId userId, Money balance, Money venueEquity, Percent reservedPool, Collection<BotBudget> budgets) {
        this.userId = Objects.requireNonNull(userId, "userId");
        this.balance = Objects.requireNonNull(balance, "balance");
        this.venueEquity = venueEquity;
        this.reservedPool = Objects.requireNonNull(reservedPool, "reservedPool");
        if (reservedPool.isNegative() || reservedPool.compareTo(Percent.HUNDRED) > 0) {
            throw new IllegalArgumentException("the reserved pool lies between 0 and 100 %, was " + reservedPool);
        }
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

    /** The user's equity: the venue's when one was observed, otherwise the paper balance. */
    public Money equity() {
        return venueEquity != null ? venueEquity : balance;
    }

    /** Whether {@link #equity()} is the venue's. */
    public boolean hasVenueEquity() {
        return venueEquity != null;
    }

    /** What the budgets together may claim: the equity less the reserved pool. */
    public Money allocatable() {
        return equity().minus(equity().times(reservedPool.fraction())).max(Money.ZERO);
    }

    /** The part of the equity no budget may take. */
    public Money pool() {
        return equity().minus(allocatable());
    }

    /** The budgets claim more than the equity less the pool allows (the equity fell after they were granted). */
    public boolean overCommitted() {
        return allocated().exceeds(allocatable());
    }

    /** What a new budget could still take; never shown below zero. */
    public Money free() {
        return allocatable().minus(allocated()).max(Money.ZERO);
    }

    public boolean fits(Money amount) {
        return !amount.exceeds(free());
    }

    /**
     * What a budget for this bot could take: {@link #free()}, plus what the bot itself claims now (a new budget
     * replaces its own, e.g. at its next start); never below zero.
     */
    public Money freeFor(BotId botId) {
        return freeExcept(botId).max(Money.ZERO);
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
        return allocatable().minus(others);
    }

    public UserId userId() { return userId; }
    /** The paper ledger's balance: the starting balance moved by every fill. */
    public Money balance() { return balance; }
    public Percent reservedPool() { return reservedPool; }
}
