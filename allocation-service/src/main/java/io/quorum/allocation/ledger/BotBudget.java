package io.quorum.allocation.ledger;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import java.util.Objects;

/**
 * The slice of a user's balance one bot runs on, and what the bot has done with it in its current
 * run. Guards its own transitions: RESERVED → HALTING → RELEASED → (a new run) RESERVED.
 */
public final class BotBudget {

    private final BotId botId;
    private final UserId userId;
    private Money amount;
    private Money reserved;
    private Money marginInUse;
    private Money realizedPnl;
    private Money fees;
    private BudgetStatus status;

    public BotBudget(BotId botId, UserId userId, Money amount, Money reserved, Money marginInUse, Money realizedPnl,
                     Money fees, BudgetStatus status) {
        this.botId = Objects.requireNonNull(botId, "botId");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.reserved = Objects.requireNonNull(reserved, "reserved");
        this.marginInUse = Objects.requireNonNull(marginInUse, "marginInUse");
        this.realizedPnl = Objects.requireNonNull(realizedPnl, "realizedPnl");
        this.fees = Objects.requireNonNull(fees, "fees");
        this.status = Objects.requireNonNull(status, "status");
    }

    /** A bot's first run. */
    public static BotBudget reserve(BotId botId, UserId userId, Money amount) {
        requirePositive(amount);
        return new BotBudget(botId, userId, amount, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, BudgetStatus.RESERVED);
    }

    /** A released bot starts again: a new run with a fresh budget and fresh counters. */
    public void startNewRun(Money newAmount) {
        requirePositive(newAmount);
        if (status != BudgetStatus.RELEASED) {
            throw new IllegalStateException("bot " + botId + " is " + status + ", only a released bot starts a new run");
        }
        amount = newAmount;
        reserved = Money.ZERO;
        marginInUse = Money.ZERO;
        realizedPnl = Money.ZERO;
        fees = Money.ZERO;
        status = BudgetStatus.RESERVED;
    }

    /**
     * What the bot may still commit to new orders. Profit is not spendable until the budget is
     * released, but a loss and every fee paid shrink what is left.
     */
    public Money available() {
        return amount.minus(reserved).minus(marginInUse).minus(fees).plus(realizedPnl.min(Money.ZERO));
    }

    /** The bot's share of the user's money right now: its budget plus what it realized, net of fees. */
    public Money equity() {
        return amount.plus(realizedPnl).minus(fees);
    }

    /**
     * How much of the user's balance this budget keeps from other bots: never less than the budget,
     * and its equity once it has made a profit (the profit goes back to the user on release).
     */
    public Money claim() {
        return status.isActive() ? amount.max(equity()) : Money.ZERO;
    }

    /** Sets money aside for an approved order. */
    public void commit(Money commitment) {
        if (status != BudgetStatus.RESERVED) {
            throw new IllegalStateException("bot " + botId + " is " + status + " and approves no orders");
        }
        if (commitment.isNegative() || commitment.exceeds(available())) {
            throw new IllegalStateException("commitment " + commitment + " exceeds the " + available() + " available to bot " + botId);
        }
        reserved = reserved.plus(commitment);
    }

    /** Money an order held back comes free again (it filled, was cancelled, or was refused). */
    public void releaseReservation(Money released) {
        if (released.isNegative() || released.exceeds(reserved)) {
            throw new IllegalStateException("cannot release " + released + " of the " + reserved + " reserved by bot " + botId);
        }
        reserved = reserved.minus(released);
    }

    /** A fill's effect on this run: margin tied up or freed, profit realized, fee paid. */
    public void post(FillEffect effect) {
        Money margin = marginInUse.plus(effect.marginChange());
        if (margin.isNegative()) {
            throw new IllegalStateException("margin in use of bot " + botId + " would become negative: " + margin);
        }
        marginInUse = margin;
        realizedPnl = realizedPnl.plus(effect.realizedPnl());
        fees = fees.plus(effect.fee());
    }

    /** The bot is stopping: nothing more is approved for it. */
    public void halt() {
        if (status == BudgetStatus.RELEASED) {
            throw new IllegalStateException("bot " + botId + " is already released");
        }
        status = BudgetStatus.HALTING;
    }

    /** The bot's orders are gone: the budget goes back to the user. Returns what the run gives back. */
    public Money release() {
        if (status != BudgetStatus.HALTING) {
            throw new IllegalStateException("bot " + botId + " is " + status + "; only a halting bot is released");
        }
        status = BudgetStatus.RELEASED;
        return equity();
    }

    public boolean belongsTo(UserId user) {
        return userId.equals(user);
    }

    private static void requirePositive(Money amount) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a budget must be positive, was " + amount);
        }
    }

    public BotId botId() { return botId; }
    public UserId userId() { return userId; }
    public Money amount() { return amount; }
    public Money reserved() { return reserved; }
    public Money marginInUse() { return marginInUse; }
    public Money realizedPnl() { return realizedPnl; }
    public Money fees() { return fees; }
    public BudgetStatus status() { return status; }
}
