package io.quorum.allocation.balance;

import io.quorum.allocation.ledger.Account;
import io.quorum.allocation.ledger.BotBudget;
import io.quorum.allocation.ledger.BudgetStatus;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.money.Money;
import java.util.List;

/**
 * A user's balance as the web UI shows it: the paper ledger's {@code balance}; the {@code equity} budgets are
 * measured against ({@code equitySource} "venue" once the venue's wallet was observed, else "paper", the balance);
 * the {@code reservedPool} of it no budget may take; what the bots hold; and what is still free.
 */
public record BalanceView(Money balance, Money allocated, Money free, List<BotView> bots, Money equity,
                          String equitySource, Money reservedPool) {

    public record BotView(BotId botId, Money budget, Money reserved, Money marginInUse, Money realizedPnl, Money fees,
                          Money available, BudgetStatus status) {

        public static BotView of(BotBudget budget) {
            return new BotView(budget.botId(), budget.amount(), budget.reserved(), budget.marginInUse(),
                    budget.realizedPnl(), budget.fees(), budget.available(), budget.status());
        }
    }

    /**
     * The answer to "would a bot with this budget fit?": {@code free} is what a budget could take (for a named bot,
     * what it holds now included), {@code reason} says why in words.
     */
    public record Check(boolean fits, Money needed, Money free, String reason) {

        static Check of(Account account, Money needed, BotId bot) {
            Money free = bot == null ? account.free() : account.freeFor(bot);
            boolean fits = !needed.exceeds(free);
            String reason;
            if (fits) {
                reason = "fits: " + needed + " USDT of " + free + " USDT free";
            } else if (account.overCommitted()) {
                reason = "does not fit: the equity (" + account.equity() + " USDT) fell below what the running bots"
                        + " claim; nothing is free until it recovers or a bot is stopped";
            } else {
                reason = "does not fit: needs " + needed + " USDT, " + free + " USDT free"
                        + (account.pool().isPositive() ? " (" + account.pool() + " USDT of the equity is the reserved pool)" : "");
            }
            return new Check(fits, needed, free, reason);
        }
    }

    static BalanceView of(Account account) {
        return new BalanceView(account.balance(), account.allocated(), account.free(),
                account.budgets().stream().filter(b -> b.status().isActive()).map(BotView::of).toList(),
                account.equity(), account.hasVenueEquity() ? "venue" : "paper", account.pool());
    }
}
