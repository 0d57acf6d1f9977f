package io.quorum.allocation.intents.policy;

import io.quorum.allocation.ledger.BotBudget;
import java.util.Optional;

/** Only a bot whose budget is reserved, and is its user's, may trade; a stopping bot approves nothing more. */
public final class BotRunningPolicy implements OrderPolicy {

    @Override
    public Verdict check(IntentContext context) {
        Optional<BotBudget> budget = context.budget().filter(b -> b.belongsTo(context.intent().userId()));
        if (budget.isEmpty()) {
            return Verdict.reject(this, "the bot has no budget reserved");
        }
        return switch (budget.get().status()) {
            case RESERVED -> Verdict.ALLOW;
            case HALTING -> Verdict.reject(this, "the bot is stopping");
            case RELEASED -> Verdict.reject(this, "the bot is stopped");
        };
    }
}
