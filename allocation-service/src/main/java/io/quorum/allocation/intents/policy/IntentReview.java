package io.quorum.allocation.intents.policy;

import io.quorum.allocation.ledger.OrderCommitment;
import io.quorum.contracts.money.Money;
import java.util.List;

/** Runs the policies in order; the first rejection decides. An approval says how much to set aside. */
public final class IntentReview {

    private final List<OrderPolicy> policies;
    private final OrderCommitment commitment;

    public IntentReview(List<OrderPolicy> policies, OrderCommitment commitment) {
        this.policies = List.copyOf(policies);
        this.commitment = commitment;
    }

    /** The policies every intent passes, cheapest and most fundamental first. */
    public static IntentReview standard(OrderCommitment commitment) {
        return new IntentReview(List.of(new BotRunningPolicy(), new InstrumentPolicy(), new LongOnlyPolicy(),
                new MarketOrderPolicy(), new BudgetPolicy(commitment)), commitment);
    }

    public Decision review(IntentContext context) {
        for (OrderPolicy policy : policies) {
            if (policy.check(context) instanceof Verdict.Reject reject) {
                return new Decision.Rejected(reject.policy(), reject.reason());
            }
        }
        return new Decision.Approved(commitment.of(context.intent().order(), context.referencePrice()));
    }

    /** The allocation's verdict on one intent. */
    public sealed interface Decision {
        record Approved(Money commitment) implements Decision {
        }

        record Rejected(String policy, String reason) implements Decision {
        }
    }
}
