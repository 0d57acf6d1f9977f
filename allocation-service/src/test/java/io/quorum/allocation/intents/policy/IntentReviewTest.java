package io.quorum.allocation.intents.policy;

import static io.quorum.allocation.intents.policy.IntentFixtures.buy;
import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import io.quorum.contracts.orders.SlippageBasis;
import org.junit.jupiter.api.Test;

class IntentReviewTest {

    final IntentFixtures fx = new IntentFixtures();
    final IntentReview review = IntentReview.standard(IntentFixtures.COMMITMENT);

    @Test
    void approvesAnIntentThatPassesEveryPolicyWithItsCommitment() {
        var order = buy("50000", "0.01");
        // without a book the order is approved as it is, nothing estimated, and the taker fee it holds recorded
        assertThat(review.review(fx.context(order))).isEqualTo(new IntentReview.Decision.Approved(Money.of("100.275"),
                order, Money.of("0.275"), new IntentReview.Sizing(null, java.math.BigDecimal.ONE, SlippageBasis.NO_BOOK)));
    }

    @Test
    void theFirstRejectionDecides() {
        fx.budget.halt();
        var openingMarketSell = OrderSpec.market(IntentFixtures.BTC, Side.SELL, Quantity.of("0.001"), 5, false);

        var decision = review.review(fx.context(openingMarketSell));

        assertThat(decision).isEqualTo(new IntentReview.Decision.Rejected("BotRunningPolicy", "the bot is stopping"));
    }

    @Test
    void aShortIsRejectedBeforeTheMarketOrderRule() {
        var openingMarketSell = OrderSpec.market(IntentFixtures.BTC, Side.SELL, Quantity.of("0.001"), 5, false);

        assertThat(review.review(fx.context(openingMarketSell)))
                .isEqualTo(new IntentReview.Decision.Rejected("LongOnlyPolicy", "short positions are not supported yet"));
    }
}
