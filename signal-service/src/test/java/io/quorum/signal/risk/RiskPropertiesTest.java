package io.quorum.signal.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.bots.TrendSpec.DistanceBounds;
import io.quorum.contracts.bots.TrendSpec.LeverageBounds;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.market.Instruments;
import io.quorum.contracts.money.FeeRate;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Percent;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.Side;
import io.quorum.signal.voting.Action;
import io.quorum.signal.voting.Proposal;
import io.quorum.signal.voting.Vote;
import io.quorum.signal.voting.VoterId;
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
 * Whatever the voters answer — leverage 125, a stop on the wrong side, a target at the entry,
 * prices far off the market — the plan and the order never exceed a limit.
 */
class RiskPropertiesTest {

    private final TradeConfirmation confirmation = new TradeConfirmation();
    private final RiskSizing sizing = new RiskSizing();

    @Property(tries = 2000)
    void noAnswerOfAnyVoterExceedsAHardLimit(@ForAll("markets") Market market, @ForAll Side side,
                                             @ForAll("answers") List<Proposal> answers,
                                             @ForAll("limits") HardLimits limits, @ForAll("budgets") SizingBudget budget) {
        Instrument instrument = market.instrument();
        Price entry = market.entry();
        List<Vote> agreeing = answers.stream().map(RiskPropertiesTest::vote).toList();

        Proposal merged = ConservativeProposal.of(side, entry, agreeing);
        Confirmation confirmed = confirmation.confirm(side, entry, merged, limits, instrument);
        Sizing sized = confirmed instanceof ConfirmedPlan confirmedPlan ? sizing.size(confirmedPlan, budget, instrument) : null;
        Statistics.collect(sized instanceof SizedOrder ? "sized" : confirmed instanceof ConfirmedPlan ? "too small" : "refused");
        // most cases must reach a sized order, or the property would prove little
        Statistics.coverage(coverage -> coverage.check("sized").percentage(p -> p > 30));
        if (!(confirmed instanceof ConfirmedPlan plan)) {
            return;
        }
        BigDecimal leverage = BigDecimal.valueOf(plan.leverage());
        assertThat(plan.leverage()).isBetween(1, Math.min(Math.min(limits.botLeverage(), 20), limits.leverage().max()));
        assertThat(plan.leverage()).isLessThanOrEqualTo(instrument.maxLeverage());
        assertThat(instrument.isOnTick(plan.stopLoss()) && instrument.isOnTick(plan.takeProfit())).isTrue();
        if (side == Side.BUY) {
            assertThat(plan.stopLoss()).isLessThan(entry);
            assertThat(plan.takeProfit()).isGreaterThan(entry);
        } else {
            assertThat(plan.stopLoss()).isGreaterThan(entry);
            assertThat(plan.takeProfit()).isLessThan(entry);
        }
        BigDecimal stopDistance = entry.value().subtract(plan.stopLoss().value()).abs();
        // loss at the stop as a share of margin: distance / entry × leverage ≤ max loss
        assertThat(stopDistance.multiply(leverage))
                .isLessThanOrEqualTo(limits.maxLossOfMargin().fraction().multiply(entry.value()));

        if (!(sized instanceof SizedOrder order)) {
            return;
        }
        BigDecimal qty = order.quantity().value();
        BigDecimal notional = qty.multiply(entry.value());
        assertThat(instrument.isTradable(order.quantity())).isTrue();
        // margin + taker fee ≤ available, multiplied out by the leverage to stay exact
        assertThat(notional.multiply(BigDecimal.ONE.add(leverage.multiply(budget.takerFee().value()))))
                .isLessThanOrEqualTo(budget.available().value().multiply(leverage));
        assertThat(notional).isLessThanOrEqualTo(budget.budget().value().multiply(leverage));
        if (budget.exposureCap() != null) {
            assertThat(notional).isLessThanOrEqualTo(budget.exposureCap().value());
        }
        assertThat(qty.multiply(stopDistance)).isLessThanOrEqualTo(order.riskAmount().value());
    }

    record Market(Instrument instrument, Price entry) {
    }

    /** Entries around each instrument's real price range, on and off its tick. */
    @Provide
    Arbitrary<Market> markets() {
        Instrument doge = new Instrument(Symbol.of("DOGEUSDT"), new BigDecimal("0.00001"), BigDecimal.ONE, BigDecimal.ONE, 8);
        return Arbitraries.oneOf(
                market(Instruments.of(Symbol.of("BTCUSDT")), "1000", "250000", 2),
                market(Instruments.of(Symbol.of("ETHUSDT")), "50", "10000", 3),
                market(doge, "0.01", "2", 6));
    }

    private static Arbitrary<Market> market(Instrument instrument, String low, String high, int scale) {
        return Arbitraries.bigDecimals().between(new BigDecimal(low), new BigDecimal(high)).ofScale(scale)
                .map(entry -> new Market(instrument, Price.of(entry)));
    }

    /** What agreeing voters propose: anything from nothing to nonsense. */
    @Provide
    Arbitrary<List<Proposal>> answers() {
        Arbitrary<Price> price = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("500000"))
                .ofScale(3).map(Price::of).injectNull(0.3);
        Arbitrary<Integer> leverage = Arbitraries.integers().between(1, 200).injectNull(0.3);
        Arbitrary<Proposal> proposal = Combinators.combine(price, price, leverage).as(Proposal::new);
        return proposal.list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<HardLimits> limits() {
        Arbitrary<Integer> bot = Arbitraries.integers().between(1, 20);
        Arbitrary<LeverageBounds> leverage = Arbitraries.integers().between(1, 20).list().ofSize(2)
                .map(list -> list.stream().sorted().toList())
                .map(sorted -> new LeverageBounds(sorted.get(0), sorted.get(1)));
        Arbitrary<Percent> maxLoss = percents("0.01", "100");
        return Combinators.combine(bot, leverage, distances(), distances(), maxLoss).as(HardLimits::new);
    }

    @Provide
    Arbitrary<SizingBudget> budgets() {
        Arbitrary<BigDecimal> budget = Arbitraries.bigDecimals().between(new BigDecimal("1"), new BigDecimal("1000000")).ofScale(2);
        Arbitrary<BigDecimal> share = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(3);
        Arbitrary<FeeRate> fee = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.002")).ofScale(5)
                .map(FeeRate::new);
        Arbitrary<Money> cap = Arbitraries.bigDecimals().between(new BigDecimal("1"), new BigDecimal("5000000")).ofScale(2)
                .map(Money::of).injectNull(0.5);
        return Combinators.combine(budget, share, percents("0.01", "50"), fee, cap)
                .as((total, left, risk, taker, exposure) -> new SizingBudget(Money.of(total),
                        Money.of(total.multiply(left)), risk, taker, exposure));
    }

    private static Arbitrary<DistanceBounds> distances() {
        return percents("0.01", "99.99").list().ofSize(3).map(list -> list.stream().sorted().toList())
                .map(sorted -> new DistanceBounds(sorted.get(0), sorted.get(2), sorted.get(1)));
    }

    private static Arbitrary<Percent> percents(String min, String max) {
        return Arbitraries.bigDecimals().between(new BigDecimal(min), new BigDecimal(max)).ofScale(2).map(Percent::new);
    }

    private static Vote vote(Proposal proposal) {
        return Vote.of(VoterId.llm("llm"), Action.LONG, BigDecimal.ONE, "to the moon").with(proposal);
    }
}
