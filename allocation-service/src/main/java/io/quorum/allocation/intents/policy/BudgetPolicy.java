package io.quorum.allocation.intents.policy;

import io.quorum.allocation.ledger.BotBudget;
import io.quorum.allocation.ledger.OrderCommitment;
import io.quorum.contracts.money.Money;

/** The order's commitment (margin and worst-case fee) must fit into what is left of the bot's budget. */
public final class BudgetPolicy implements OrderPolicy {

    private final OrderCommitment commitment;

    public BudgetPolicy(OrderCommitment commitment) {
        this.commitment = commitment;
    }

    @Override
    public Verdict check(IntentContext context) {
        if (context.budget().isEmpty()) {
            return Verdict.reject(this, "the bot has no budget reserved");
        }
        BotBudget budget = context.budget().get();
        Money needed = commitment.of(context.order(), context.referencePrice());
        Money available = budget.available();
        if (needed.exceeds(available)) {
            return Verdict.reject(this, "the order needs " + needed + " USDT (margin and fee) but only "
                    + available.max(Money.ZERO) + " USDT are left in the bot's budget");
        }
        return Verdict.ALLOW;
    }
}
