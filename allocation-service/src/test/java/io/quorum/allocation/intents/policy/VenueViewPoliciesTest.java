package io.quorum.allocation.intents.policy;

import static io.quorum.allocation.intents.policy.IntentFixtures.BTC;
import static io.quorum.allocation.intents.policy.IntentFixtures.buy;
import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.market.BookLevel;
import io.quorum.contracts.market.OrderBookObserved;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Percent;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import io.quorum.contracts.orders.SlippageBasis;
import io.quorum.contracts.orders.TwapSpec;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The policies that look at the venue: the user's equity and reserved pool, one order's size, the order book. */
class VenueViewPoliciesTest {

    static final Instant AT = Instant.parse("2027-01-01T00:00:00Z");
    static final IntentContext.Funds FUNDS = new IntentContext.Funds(Money.of("10000"), Money.of("9000"), Money.of("1000"));

    final IntentFixtures fx = new IntentFixtures();

    static BookLevel level(String price, String qty) {
        return new BookLevel(Price.of(price), Quantity.of(qty));
    }

    /** Asks 0.004 at 50000, 0.003 at 50010, 0.01 at 50100; bids mirrored below 49999. */
    static LatestBook book(Instant observedAt) {
        return new LatestBook(new OrderBookObserved(BTC,
                List.of(level("49999", "0.004"), level("49989", "0.003"), level("49899", "0.01")),
                List.of(level("50000", "0.004"), level("50010", "0.003"), level("50100", "0.01")), 3), observedAt);
    }

    @Nested
    class ReservedPool {
        final ReservedPoolPolicy policy = new ReservedPoolPolicy();

        @Test
        void allowsOpeningOrdersWhileTheBudgetsFitTheEquityLessThePool() {
            var funds = new IntentContext.Funds(Money.of("10000"), Money.of("9000"), Money.of("9000"));
            assertThat(policy.check(fx.context(buy("50000", "0.001"), funds, null, AT))).isEqualTo(Verdict.ALLOW);
        }

        @Test
        void refusesOpeningOrdersOnceTheEquityFellBelowTheBudgets() {
            var funds = new IntentContext.Funds(Money.of("5000"), Money.of("4500"), Money.of("4600"));
            assertThat(policy.check(fx.context(buy("50000", "0.001"), funds, null, AT))).isEqualTo(new Verdict.Reject(
                    "ReservedPoolPolicy", "the bots' budgets (4600 USDT) exceed the equity less the reserved pool "
                            + "(4500 of 5000 USDT): no new positions until the equity recovers or a bot is stopped"));
        }

        @Test
        void letsAReducingOrderThrough() {
            var funds = new IntentContext.Funds(Money.of("5000"), Money.of("4500"), Money.of("4600"));
            var close = OrderSpec.limit(BTC, Side.SELL, Price.of("50000"), Quantity.of("0.001"), 5, true);
            assertThat(policy.check(fx.context(close, funds, null, AT))).isEqualTo(Verdict.ALLOW);
        }
    }

    @Nested
    class MaxSingleOrder {
        final MaxSingleOrderPolicy policy = new MaxSingleOrderPolicy(Percent.of("25"));

        @Test
        void allowsANotionalUpToTheShareOfTheEquity() {
            assertThat(policy.check(fx.context(buy("50000", "0.05"), FUNDS, null, AT))).isEqualTo(Verdict.ALLOW);
        }

        @Test
        void refusesANotionalAboveItWhateverTheLeverage() {
            var order = OrderSpec.limit(BTC, Side.BUY, Price.of("50000"), Quantity.of("0.051"), 20, false);
            assertThat(policy.check(fx.context(order, FUNDS, null, AT))).isEqualTo(new Verdict.Reject("MaxSingleOrderPolicy",
                    "the order's notional of 2550 USDT is above 25 % of the equity (2500 of 10000 USDT)"));
        }

        @Test
        void neverRefusesAReducingOrder() {
            var close = OrderSpec.limit(BTC, Side.SELL, Price.of("50000"), Quantity.of("1"), 5, true);
            assertThat(policy.check(fx.context(close, FUNDS, null, AT))).isEqualTo(Verdict.ALLOW);
        }
    }

    @Nested
    class Slippage {
        final SlippagePolicy policy = new SlippagePolicy(Percent.of("0.05"), Duration.ofSeconds(60));

        SlippagePolicy.Sized size(OrderSpec order, LatestBook book, Instant at) {
            return policy.size(fx.context(order, FUNDS, book, at));
        }

        @Test
        void withoutABookNothingIsEstimatedOrScaled() {
            var order = buy("50200", "0.01");
            assertThat(size(order, null, AT))
                    .isEqualTo(new SlippagePolicy.Sized.Fits(order, null, BigDecimal.ONE, SlippageBasis.NO_BOOK));
        }

        @Test
        void aBookMoreThanTheBoundAwayFromTheIntentIsStaleEitherWay() {
            var order = buy("50200", "0.01");
            assertThat(size(order, book(AT.minusSeconds(61)), AT))
                    .isEqualTo(new SlippagePolicy.Sized.Fits(order, null, BigDecimal.ONE, SlippageBasis.STALE_BOOK));
            assertThat(size(order, book(AT.plusSeconds(61)), AT))
                    .isEqualTo(new SlippagePolicy.Sized.Fits(order, null, BigDecimal.ONE, SlippageBasis.STALE_BOOK));
            assertThat(((SlippagePolicy.Sized.Fits) size(order, book(AT.minusSeconds(60)), AT)).basis())
                    .isEqualTo(SlippageBasis.BOOK);
        }

        @Test
        void aLimitThatDoesNotCrossTheBookRestsAndSlipsNothing() {
            var order = buy("49999.9", "0.01");
            assertThat(size(order, book(AT), AT)).isEqualTo(
                    new SlippagePolicy.Sized.Fits(order, Percent.of("0"), BigDecimal.ONE, SlippageBasis.RESTING));
        }

        @Test
        void anOrderTheBookCarriesIsApprovedWhole() {
            // 0.004 at 50000 and 0.003 at 50010: 350.03 for 0.007, 0.03 above the best price's 350
            var order = buy("50200", "0.007");
            assertThat(size(order, book(AT), AT)).isEqualTo(
                    new SlippagePolicy.Sized.Fits(order, Percent.of("0.008571"), BigDecimal.ONE, SlippageBasis.BOOK));
        }

        @Test
        void aThinBookScalesTheOrderDownToTheLargestStepThatFits() {
            // 0.010 would cost 500.33 (0.066 %), 0.009 450.23 (0.0511 %), 0.008 400.13 (0.0325 %)
            var sized = (SlippagePolicy.Sized.Fits) size(buy("50200", "0.010"), book(AT), AT);

            assertThat(sized.order()).isEqualTo(buy("50200", "0.008"));
            assertThat(sized.scale()).isEqualByComparingTo("0.8");
            assertThat(sized.expectedSlippage()).isEqualTo(Percent.of("0.0325"));
            assertThat(sized.basis()).isEqualTo(SlippageBasis.BOOK);
        }

        @Test
        void whatRestsBeyondTheLimitCountsAtTheLimit() {
            // 0.004 taken at 50000, 0.006 rests at 50005: 500.03 for 0.010, 0.006 %
            var order = buy("50005", "0.010");
            assertThat(size(order, book(AT), AT)).isEqualTo(
                    new SlippagePolicy.Sized.Fits(order, Percent.of("0.006"), BigDecimal.ONE, SlippageBasis.BOOK));
        }

        @Test
        void aSellWalksTheBidsDownward() {
            var sell = OrderSpec.limit(BTC, Side.SELL, Price.of("49800"), Quantity.of("0.010"), 5, false);
            var sized = (SlippagePolicy.Sized.Fits) size(sell, book(AT), AT);
            // 0.008 gets 399.862 against 399.992 at the best bid: 0.0325007 %, reported to six places
            assertThat(sized.order().quantity()).isEqualTo(Quantity.of("0.008"));
            assertThat(sized.expectedSlippage()).isEqualTo(Percent.of("0.032501"));
        }

        @Test
        void whenNotEvenTheMinimumFitsTheOrderIsRefused() {
            var thin = new LatestBook(new OrderBookObserved(BTC, List.of(level("49999", "1")),
                    List.of(level("50000", "0.0005"), level("50100", "1")), 2), AT);

            assertThat(size(buy("50200", "0.01"), thin, AT)).isEqualTo(new SlippagePolicy.Sized.Refused(
                    "the book is too thin: even the minimum quantity 0.001 would slip 0.1 % against the best price "
                            + "50000, above the 0.05 % allowed"));
        }

        @Test
        void aReducingOrderIsNeverScaled() {
            var close = OrderSpec.limit(BTC, Side.SELL, Price.of("40000"), Quantity.of("1"), 5, true);
            assertThat(size(close, book(AT), AT))
                    .isEqualTo(new SlippagePolicy.Sized.Fits(close, null, BigDecimal.ONE, SlippageBasis.REDUCE_ONLY));
        }
    }

    @Test
    void theReviewApprovesTheScaledOrderAndReservesForItAlone() {
        var review = IntentReview.standard(IntentFixtures.COMMITMENT, Percent.of("25"), Percent.of("0.05"),
                Duration.ofSeconds(60));

        var decision = (IntentReview.Decision.Approved) review.review(fx.context(buy("50200", "0.010"), FUNDS, book(AT), AT));

        assertThat(decision.order()).isEqualTo(buy("50200", "0.008"));
        // 0.008 × 50200 = 401.6: margin at 5× 80.32, taker fee 0.22088
        assertThat(decision.commitment()).isEqualTo(Money.of("80.54088"));
        assertThat(decision.estimatedFee()).isEqualTo(Money.of("0.22088"));
        assertThat(decision.sizing()).isEqualTo(new IntentReview.Sizing(Percent.of("0.0325"), new BigDecimal("0.8"),
                SlippageBasis.BOOK));
    }

    @Test
    void theReviewNamesTheSlippagePolicyWhenTheBookIsTooThin() {
        var review = IntentReview.standard(IntentFixtures.COMMITMENT, Percent.of("25"), Percent.of("0"),
                Duration.ofSeconds(60));
        var thin = new LatestBook(new OrderBookObserved(BTC, List.of(level("49999", "1")),
                List.of(level("50000", "0.0005"), level("50100", "1")), 2), AT);

        var decision = review.review(fx.context(buy("50200", "0.010"), FUNDS, thin, AT));

        assertThat(decision).isInstanceOf(IntentReview.Decision.Rejected.class);
        assertThat(((IntentReview.Decision.Rejected) decision).policy()).isEqualTo("SlippagePolicy");
    }

    /**
     * An opening market order is refused because it has no price to reserve against; an opening market TWAP is priced
     * from a fresh book — the far ask its whole quantity reaches, plus the slippage cap — and every policy after that,
     * and its reservation, see that price.
     */
    @Nested
    class OpeningMarketTwap {
        final IntentReview review = IntentReview.standard(IntentFixtures.COMMITMENT, Percent.of("25"), Percent.of("0.5"),
                Duration.ofMinutes(1));

        OrderSpec marketTwap(String qty) {
            return OrderSpec.market(BTC, Side.BUY, Quantity.of(qty), 5, false).asTwap(new TwapSpec(600, 5));
        }

        @Test
        void isApprovedWithAReservationAtTheFarAskOfAFreshBookRaisedByTheSlippageCap() {
            var decision = review.review(fx.context(marketTwap("0.005"), FUNDS, book(AT), AT));

            assertThat(decision).isInstanceOf(IntentReview.Decision.Approved.class);
            var approved = (IntentReview.Decision.Approved) decision;
            // 0.004 at 50000 and 0.001 at 50010: the far ask 50010, × 1.005 = 50260.05
            Price reserveAt = Price.of("50260.05");
            assertThat(approved.commitment().value())
                    .isEqualByComparingTo(IntentFixtures.COMMITMENT.of(approved.order(), reserveAt).value());
            assertThat(approved.estimatedFee().value())
                    .isEqualByComparingTo(IntentFixtures.COMMITMENT.fee(approved.order(), reserveAt).value());
            assertThat(approved.commitment().value()).isGreaterThan(BigDecimal.ZERO);
            assertThat(approved.order().twap()).isEqualTo(new TwapSpec(600, 5));
        }

        @Test
        void isRefusedWithoutAFreshBookToPriceIt() {
            assertThat(review.review(fx.context(marketTwap("0.005"), FUNDS, null, AT)))
                    .isEqualTo(new IntentReview.Decision.Rejected("MarketOrderPolicy", "a market TWAP is priced from a "
                            + "fresh order book of BTCUSDT deep enough for its quantity, and there is none"));
            assertThat(review.review(fx.context(marketTwap("0.005"), FUNDS, book(AT.minusSeconds(61)), AT)))
                    .isInstanceOf(IntentReview.Decision.Rejected.class);
            // deeper than the visible asks (0.017 in all)
            assertThat(review.review(fx.context(marketTwap("0.020"), FUNDS, book(AT), AT)))
                    .isInstanceOf(IntentReview.Decision.Rejected.class);
        }

        @Test
        void aPlainOpeningMarketOrderIsStillRefusedWhateverTheBook() {
            var plain = OrderSpec.market(BTC, Side.BUY, Quantity.of("0.005"), 5, false);

            assertThat(review.review(fx.context(plain, FUNDS, book(AT), AT)))
                    .isEqualTo(new IntentReview.Decision.Rejected("MarketOrderPolicy", "market orders need a reference price"));
        }

        @Test
        void aPlainOpeningMarketOrderWhoseNotionalAtTheBookReachesTheTwapThresholdIsApprovedMarkedToBeSliced() {
            var sized = IntentReview.standard(IntentFixtures.COMMITMENT, Percent.of("25"), Percent.of("0.5"),
                    Duration.ofMinutes(1), Money.of("200"));
            var large = OrderSpec.market(BTC, Side.BUY, Quantity.of("0.005"), 5, false);
            var small = OrderSpec.market(BTC, Side.BUY, Quantity.of("0.003"), 5, false);

            // 0.005 reaches 50010: × 1.005 = 50260.05, a notional of 251.30025 — at or above 200
            var decision = sized.review(fx.context(large, FUNDS, book(AT), AT));
            assertThat(decision).isInstanceOf(IntentReview.Decision.Approved.class);
            var approved = (IntentReview.Decision.Approved) decision;
            assertThat(approved.twapBySize()).isTrue();
            assertThat(approved.order()).isEqualTo(large); // the venue gives it its configured shape
            Price reserveAt = Price.of("50260.05");
            assertThat(approved.commitment()).isEqualTo(IntentFixtures.COMMITMENT.of(large, reserveAt));
            assertThat(approved.estimatedFee()).isEqualTo(IntentFixtures.COMMITMENT.fee(large, reserveAt));

            // 0.003 stays at 50000: × 1.005 = 50250, a notional of 150.75 — below: refused as before
            assertThat(sized.review(fx.context(small, FUNDS, book(AT), AT)))
                    .isEqualTo(new IntentReview.Decision.Rejected("MarketOrderPolicy", "market orders need a reference price"));
            // no fresh book, no price: refused whatever its size
            assertThat(sized.review(fx.context(large, FUNDS, book(AT.minusSeconds(61)), AT)))
                    .isEqualTo(new IntentReview.Decision.Rejected("MarketOrderPolicy", "market orders need a reference price"));
            assertThat(sized.review(fx.context(large, FUNDS, null, AT)))
                    .isEqualTo(new IntentReview.Decision.Rejected("MarketOrderPolicy", "market orders need a reference price"));
            // a strategy's own TWAP keeps its shape and is not marked; a limit order is never marked (the venue prices it)
            var own = (IntentReview.Decision.Approved) sized.review(fx.context(marketTwap("0.005"), FUNDS, book(AT), AT));
            assertThat(own.twapBySize()).isFalse();
            assertThat(own.order().twap()).isEqualTo(new TwapSpec(600, 5));
            var limit = (IntentReview.Decision.Approved) sized.review(fx.context(
                    OrderSpec.limit(BTC, Side.BUY, Price.of("50100"), Quantity.of("0.010"), 5, false), FUNDS, book(AT), AT));
            assertThat(limit.twapBySize()).isFalse();
        }

        @Test
        void theSingleOrderCapJudgesItAtThatPrice() {
            var tight = IntentReview.standard(IntentFixtures.COMMITMENT, Percent.of("5"), Percent.of("0.5"), Duration.ofMinutes(1));

            // 0.015 reaches 50100: × 1.005 = 50350.5, a notional of 755.2575 above 5 % of 10000
            var decision = tight.review(fx.context(marketTwap("0.015"), FUNDS, book(AT), AT));

            assertThat(decision).isInstanceOf(IntentReview.Decision.Rejected.class);
            assertThat(((IntentReview.Decision.Rejected) decision).policy()).isEqualTo("MaxSingleOrderPolicy");
        }
    }
}
