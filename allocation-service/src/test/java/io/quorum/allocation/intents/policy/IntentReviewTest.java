package io.quorum.allocation.intents.policy;

import static io.quorum.allocation.intents.policy.IntentFixtures.buy;
import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import org.junit.jupiter.api.Test;

class IntentReviewTest {

    final IntentFixtures fx = new IntentFixtures();
    final IntentReview review = IntentReview.standard(IntentFixtures.COMMITMENT);

    @Test
    void approvesAnIntentThatPassesEveryPolicyWithItsCommitment() {
        assertThat(review.review(fx.context(buy("50000", "0.01"))))
                .isEqualTo(new IntentReview.Decision.Approved(Money.of("100.275")));
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
