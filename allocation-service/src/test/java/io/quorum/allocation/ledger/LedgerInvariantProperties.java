package io.quorum.allocation.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Invariant 1 of the design (per user: budgets ≤ balance; per bot: margin in use + reserved ≤
 * budget) and invariant 3 (the ledger equals the fills), over random interleavings of budget
 * requests, intents, partial fills, cancels and stops.
 */
class LedgerInvariantProperties {

    sealed interface Step {
        void applyTo(PaperLedger ledger);
    }

    record Reserve(int bot, int hundreds) implements Step {
        public void applyTo(PaperLedger ledger) {
            if (ledger.reserve(bot, Money.of(BigDecimal.valueOf(hundreds * 100L))) instanceof ReserveOutcome.Reserved) {
                assertThat(ledger.account.allocated()).isLessThanOrEqualTo(ledger.account.balance());
            }
        }
    }

    record Intent(int bot, boolean buy, boolean reduceOnly, boolean market, int priceCents, int qtyHundredths, int leverage)
            implements Step {
        public void applyTo(PaperLedger ledger) {
            Side side = buy ? Side.BUY : Side.SELL;
            Quantity qty = Quantity.of(BigDecimal.valueOf(qtyHundredths, 2));
            OrderSpec spec = market
                    ? OrderSpec.market(PaperLedger.ETH, side, qty, leverage, reduceOnly)
                    : OrderSpec.limit(PaperLedger.ETH, side, Price.of(BigDecimal.valueOf(priceCents, 2)), qty, leverage, reduceOnly);
            ledger.intent(bot, spec);
        }
    }

    record Fill(int pick, int quarters, int ticksBetter, boolean maker) implements Step {
        public void applyTo(PaperLedger ledger) {
            ledger.fill(pick, quarters, ticksBetter, maker);
        }
    }

    record Cancel(int pick) implements Step {
        public void applyTo(PaperLedger ledger) {
            ledger.cancel(pick);
        }
    }

    record Stop(int bot, int closePriceCents) implements Step {
        public void applyTo(PaperLedger ledger) {
            ledger.stop(bot, closePriceCents);
        }
    }

    @Property(tries = 300)
    void budgetsNeverExceedTheBalanceAndNoBotCommitsMoreThanItsBudget(@ForAll("steps") List<Step> steps) {
        PaperLedger ledger = started();
        for (Step step : steps) {
            step.applyTo(ledger);
            assertInvariants(ledger);
        }
        Statistics.label("traded").collect(ledger.feesPaid.isPositive());
        Statistics.label("open orders at the end").collect(Math.min(ledger.openOrders.size(), 3));
    }

    @Property(tries = 300)
    void onceEveryBotHasStoppedTheBalanceIsTheStartPlusSalesLessPurchasesAndFees(@ForAll("steps") List<Step> steps) {
        PaperLedger ledger = started();
        steps.forEach(step -> step.applyTo(ledger));
        for (int bot = 0; bot < ledger.bots.size(); bot++) {
            ledger.stop(bot, 190_000 + bot);
        }

        assertThat(ledger.activeBudgets()).isEmpty();
        assertThat(ledger.positions.values()).allSatisfy(p -> assertThat(p.qty().isZero()).isTrue());
        assertThat(ledger.account.balance()).isEqualTo(
                PaperLedger.START.plus(ledger.soldNotional).minus(ledger.boughtNotional).minus(ledger.feesPaid));
        assertThat(ledger.account.free()).isEqualTo(ledger.account.balance().max(Money.ZERO));
    }

    /** Every bot starts with 3000 of the 10000; stops and new budget requests then reshuffle them. */
    private static PaperLedger started() {
        PaperLedger ledger = new PaperLedger();
        for (int bot = 0; bot < ledger.bots.size(); bot++) {
            new Reserve(bot, 30).applyTo(ledger);
        }
        return ledger;
    }

    private static void assertInvariants(PaperLedger ledger) {
        Money equity = ledger.activeBudgets().stream().map(BotBudget::equity).reduce(Money.ZERO, Money::plus);
        assertThat(equity).as("the active bots' equity fits into the balance").isLessThanOrEqualTo(ledger.account.balance());
        for (BotBudget budget : ledger.account.budgets()) {
            if (!budget.status().isActive()) {
                continue;
            }
            assertThat(budget.marginInUse().plus(budget.reserved())).as("margin in use + reserved of " + budget.botId())
                    .isLessThanOrEqualTo(budget.amount());
            Money held = ledger.openOrders.values().stream().filter(o -> o.botId().equals(budget.botId()))
                    .map(o -> o.reservation().remaining()).reduce(Money.ZERO, Money::plus);
            assertThat(budget.reserved()).as("reserved is what the open orders hold").isEqualTo(held);
            Position position = ledger.positions.get(budget.botId());
            assertThat(budget.marginInUse()).as("margin in use is the position's margin")
                    .isEqualTo(position == null ? Money.ZERO : position.margin());
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> bot = Arbitraries.integers().between(0, 2);
        Arbitrary<Step> reserve = Combinators.combine(bot, Arbitraries.integers().between(1, 80)).as(Reserve::new);
        Arbitrary<Step> intent = Combinators.combine(bot, Arbitraries.of(true, true, true, false), Arbitraries.of(false, true),
                Arbitraries.of(false, false, false, false, true), Arbitraries.integers().between(150_000, 250_000),
                Arbitraries.integers().between(1, 300), Arbitraries.integers().between(1, 20))
                .as((b, buy, reduce, market, price, qty, lev) -> new Intent(b, buy, buy ? false : reduce, market, price, qty, lev));
        Arbitrary<Step> fill = Combinators.combine(Arbitraries.integers().between(0, 50), Arbitraries.integers().between(1, 4),
                Arbitraries.integers().between(0, 5000), Arbitraries.of(true, false)).as(Fill::new);
        Arbitrary<Step> cancel = Arbitraries.integers().between(0, 50).map(Cancel::new);
        Arbitrary<Step> stop = Combinators.combine(bot, Arbitraries.integers().between(100_000, 300_000)).as(Stop::new);
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(2, reserve), net.jqwik.api.Tuple.of(6, intent), net.jqwik.api.Tuple.of(6, fill),
                        net.jqwik.api.Tuple.of(2, cancel), net.jqwik.api.Tuple.of(1, stop))
                .list().ofMinSize(10).ofMaxSize(80);
    }
}
