package io.quorum.allocation.intents.policy;

import io.quorum.allocation.ledger.OrderCommitment;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Percent;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.SlippageBasis;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs the policies in order; the first rejection decides. The policies before sizing judge the intent's order;
 * the {@link SlippagePolicy} may then scale it down, and the policies after it (the budget) judge the order that
 * will be approved. An approval says how much to set aside, which order to place and how it was sized.
 */
public final class IntentReview {

    /** The default of {@code quorum.execution.twap.min-notional}, the venue's and the allocation's TWAP threshold. */
    public static final Money DEFAULT_TWAP_MIN_NOTIONAL = Money.of("1000000");

    private final List<OrderPolicy> policies;
    private final SlippagePolicy sizing;
    private final List<OrderPolicy> afterSizing;
    private final OrderCommitment commitment;
    private final MarketTwapPricing twapPricing;

    public IntentReview(List<OrderPolicy> policies, SlippagePolicy sizing, List<OrderPolicy> afterSizing,
                        OrderCommitment commitment) {
        this(policies, sizing, afterSizing, commitment, null);
    }

    /** {@code twapPricing}: prices an opening market TWAP's reservation (null: no market order opens). */
    public IntentReview(List<OrderPolicy> policies, SlippagePolicy sizing, List<OrderPolicy> afterSizing,
                        OrderCommitment commitment, MarketTwapPricing twapPricing) {
        this.policies = List.copyOf(policies);
        this.sizing = sizing;
        this.afterSizing = List.copyOf(afterSizing);
        this.commitment = commitment;
        this.twapPricing = twapPricing;
    }

    /** The given policies, no sizing. */
    public IntentReview(List<OrderPolicy> policies, OrderCommitment commitment) {
        this(policies, null, List.of(), commitment);
    }

    /**
     * The policies every intent passes, cheapest and most fundamental first. An opening market TWAP — its strategy's,
     * or a market order whose notional there reaches {@code twapMinNotional} — is priced from a fresh book (its asks
     * for the whole quantity) raised by the slippage cap ({@link MarketTwapPricing}); every other opening market order
     * is refused.
     */
    public static IntentReview standard(OrderCommitment commitment, Percent maxSingleOrder, Percent maxSlippage,
                                        Duration bookStaleAfter, Money twapMinNotional) {
        MarketTwapPricing twapPricing = new MarketTwapPricing(bookStaleAfter, maxSlippage, twapMinNotional);
        return new IntentReview(List.of(new BotRunningPolicy(), new InstrumentPolicy(), new LongOnlyPolicy(),
                new MarketOrderPolicy(twapPricing), new ReservedPoolPolicy(), new MaxSingleOrderPolicy(maxSingleOrder)),
                new SlippagePolicy(maxSlippage, bookStaleAfter), List.of(new BudgetPolicy(commitment)), commitment,
                twapPricing);
    }

    /** The standard policies with the default TWAP threshold (execution's default, 1 000 000 USDT). */
    public static IntentReview standard(OrderCommitment commitment, Percent maxSingleOrder, Percent maxSlippage,
                                        Duration bookStaleAfter) {
        return standard(commitment, maxSingleOrder, maxSlippage, bookStaleAfter, DEFAULT_TWAP_MIN_NOTIONAL);
    }

    /** The standard policies with the default limits (no single-order cap, 0.5 % slippage, books up to a minute old). */
    public static IntentReview standard(OrderCommitment commitment) {
        return standard(commitment, Percent.HUNDRED, Percent.of("0.5"), Duration.ofMinutes(1));
    }

    /** Every policy's name, in the order they judge: the reasons a rejection can name. */
    public List<String> policyNames() {
        List<String> names = new ArrayList<>(policies.stream().map(OrderPolicy::name).toList());
        if (sizing != null) {
            names.add(sizing.name());
        }
        afterSizing.forEach(policy -> names.add(policy.name()));
        return List.copyOf(names);
    }

    public Decision review(IntentContext intentContext) {
        IntentContext context = intentContext;
        boolean twapBySize = false;
        if (twapPricing != null) { // an opening market order priced from the book: every policy and the reservation see it
            Optional<Price> quoted = twapPricing.referencePrice(context);
            if (quoted.isPresent()) {
                context = context.quotedAt(quoted.get());
                // judged on the intent's quantity: an order scaled down by the sizing below is still sliced
                twapBySize = twapPricing.slicedBySize(context.order(), quoted.get());
            }
        }
        for (OrderPolicy policy : policies) {
            if (policy.check(context) instanceof Verdict.Reject reject) {
                return new Decision.Rejected(reject.policy(), reject.reason());
            }
        }
        Sizing how = new Sizing(null, BigDecimal.ONE, SlippageBasis.NO_BOOK);
        IntentContext sized = context;
        if (sizing != null) {
            switch (sizing.size(context)) {
                case SlippagePolicy.Sized.Refused refused -> {
                    return new Decision.Rejected(sizing.name(), refused.reason());
                }
                case SlippagePolicy.Sized.Fits fits -> {
                    how = new Sizing(fits.expectedSlippage(), fits.scale(), fits.basis());
                    sized = context.withOrder(fits.order());
                }
            }
        }
        for (OrderPolicy policy : afterSizing) {
            if (policy.check(sized) instanceof Verdict.Reject reject) {
                return new Decision.Rejected(reject.policy(), reject.reason());
            }
        }
        OrderSpec order = sized.order();
        return new Decision.Approved(commitment.of(order, sized.referencePrice()), order,
                commitment.fee(order, sized.referencePrice()), how, twapBySize);
    }

    /** How an approved order was sized: expected slippage (null without a book), scale, what the estimate rests on. */
    public record Sizing(Percent expectedSlippage, BigDecimal scale, SlippageBasis basis) {

        public Sizing {
            Objects.requireNonNull(scale, "scale");
            Objects.requireNonNull(basis, "basis");
        }
    }

    /** The allocation's verdict on one intent. */
    public sealed interface Decision {
        /**
         * {@code order} is what may be placed; {@code estimatedFee} is the taker fee {@code commitment} holds for it;
         * {@code twapBySize}: an opening market order whose notional at its book price reached the TWAP threshold, to be
         * executed as a TWAP of the venue's configured shape.
         */
        record Approved(Money commitment, OrderSpec order, Money estimatedFee, Sizing sizing, boolean twapBySize)
                implements Decision {

            /** An approval not sliced by its size. */
            public Approved(Money commitment, OrderSpec order, Money estimatedFee, Sizing sizing) {
                this(commitment, order, estimatedFee, sizing, false);
            }
        }

        record Rejected(String policy, String reason) implements Decision {
        }
    }
}
