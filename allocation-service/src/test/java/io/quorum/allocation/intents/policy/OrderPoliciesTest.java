package io.quorum.allocation.intents.policy;

import static io.quorum.allocation.intents.policy.IntentFixtures.BTC;
import static io.quorum.allocation.intents.policy.IntentFixtures.buy;
import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.allocation.ledger.BotBudget;
import io.quorum.allocation.ledger.FillEffect;
import io.quorum.allocation.ledger.Position;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrderPoliciesTest {

    final IntentFixtures fx = new IntentFixtures();

    @Nested
    class BotRunning {
        final BotRunningPolicy policy = new BotRunningPolicy();

        @Test
        void allowsARunningBot() {
            assertThat(policy.check(fx.context(buy("50000", "0.001")))).isEqualTo(Verdict.ALLOW);
        }

        @Test
        void rejectsABotWithoutABudget() {
            assertThat(policy.check(fx.withoutBudget(buy("50000", "0.001"))))
                    .isEqualTo(new Verdict.Reject("BotRunningPolicy", "the bot has no budget reserved"));
        }

        @Test
        void rejectsAHaltingBot() {
            fx.budget.halt();

            assertThat(policy.check(fx.context(buy("50000", "0.001"))))
                    .isEqualTo(new Verdict.Reject("BotRunningPolicy", "the bot is stopping"));
        }

        @Test
        void rejectsAnIntentForABudgetOfAnotherUser() {
            var context = new IntentContext(new OrderIntentCreated(io.quorum.contracts.ids.IntentId.random(),
                    UserId.random(), fx.bot, buy("50000", "0.001"), null), Optional.of(fx.budget), Optional.empty());

            assertThat(policy.check(context).allowed()).isFalse();
        }
    }

    @Nested
    class InstrumentRules {
        final InstrumentPolicy policy = new InstrumentPolicy();

        @Test
        void allowsAnOrderOnTickAndStep() {
            assertThat(policy.check(fx.context(buy("50000.1", "0.002")))).isEqualTo(Verdict.ALLOW);
        }

        @Test
        void rejectsAnUnknownSymbol() {
            var order = OrderSpec.limit(io.quorum.contracts.ids.Symbol.of("DOGEUSDT"), Side.BUY, Price.of("0.1"),
                    Quantity.of("10"), 1, false);

            assertThat(((Verdict.Reject) policy.check(fx.context(order))).reason()).contains("DOGEUSDT is not traded");
        }

        @Test
        void rejectsALimitPriceOffTheTick() {
            assertThat(((Verdict.Reject) policy.check(fx.context(buy("50000.05", "0.001")))).reason())
                    .isEqualTo("limit price 50000.05 is not on the tick of 0.10");
        }

        @Test
        void rejectsAQuantityOffTheStepOrBelowTheMinimum() {
            assertThat(policy.check(fx.context(buy("50000", "0.0015"))).allowed()).isFalse();
            assertThat(policy.check(fx.context(buy("50000", "0.0001"))).allowed()).isFalse();
        }
    }

    @Nested
    class LongOnly {
        final LongOnlyPolicy policy = new LongOnlyPolicy();

        @Test
        void rejectsASellThatWouldOpenAShort() {
            var order = OrderSpec.limit(BTC, Side.SELL, Price.of("50000"), Quantity.of("0.001"), 5, false);

            assertThat(policy.check(fx.context(order)))
                    .isEqualTo(new Verdict.Reject("LongOnlyPolicy", "short positions are not supported yet"));
        }

        @Test
        void allowsAReduceOnlySell() {
            var order = OrderSpec.limit(BTC, Side.SELL, Price.of("50000"), Quantity.of("0.001"), 5, true);

            assertThat(policy.check(fx.context(order))).isEqualTo(Verdict.ALLOW);
        }
    }

    @Nested
    class MarketOrders {
        final MarketOrderPolicy policy = new MarketOrderPolicy();

        @Test
        void rejectsAnOpeningMarketOrder() {
            var order = OrderSpec.market(BTC, Side.BUY, Quantity.of("0.001"), 5, false);

            assertThat(policy.check(fx.context(order)))
                    .isEqualTo(new Verdict.Reject("MarketOrderPolicy", "market orders need a reference price"));
        }

        @Test
        void allowsAReduceOnlyMarketOrder() {
            var order = OrderSpec.market(BTC, Side.SELL, Quantity.of("0.001"), 5, true);

            assertThat(policy.check(fx.context(order))).isEqualTo(Verdict.ALLOW);
        }
    }

    @Nested
    class Budget {
        final BudgetPolicy policy = new BudgetPolicy(IntentFixtures.COMMITMENT);

        @Test
        void allowsAnOrderWhoseMarginAndFeeFit() {
            // 0.099 BTC at 50000 = 4950 notional: 990 margin at 5x + 2.7225 fee
            assertThat(policy.check(fx.context(buy("50000", "0.099")))).isEqualTo(Verdict.ALLOW);
        }

        @Test
        void rejectsAnOrderThatNeedsMoreThanIsLeftSayingHowMuch() {
            fx.budget.commit(Money.of("500"));

            assertThat(policy.check(fx.context(buy("50000", "0.099"))))
                    .isEqualTo(new Verdict.Reject("BudgetPolicy",
                            "the order needs 992.7225 USDT (margin and fee) but only 500 USDT are left in the bot's budget"));
        }

        @Test
        void lossesAndFeesShrinkWhatIsLeftButProfitDoesNotGrowIt() {
            BotBudget budget = fx.budget;
            budget.post(new FillEffect(Money.ZERO, Money.of("-10"), Money.ZERO));
            assertThat(policy.check(fx.context(buy("50000", "0.099"))).allowed()).isFalse();

            budget.post(new FillEffect(Money.ZERO, Money.of("500"), Money.ZERO));
            assertThat(budget.available()).isEqualTo(Money.of("1000"));
        }

        @Test
        void aReduceOnlyMarketOrderIsPricedAtTheBotsAverageEntry() {
            fx.position = Position.flat(fx.bot, BTC, 5);
            fx.position.buy(Price.of("50000"), Quantity.of("0.01"), 5);
            fx.budget.commit(Money.of("999.8"));
            var close = OrderSpec.market(BTC, Side.SELL, Quantity.of("0.01"), 5, true);

            assertThat(((Verdict.Reject) policy.check(fx.context(close))).reason()).startsWith("the order needs 0.275 USDT");
        }
    }
}
