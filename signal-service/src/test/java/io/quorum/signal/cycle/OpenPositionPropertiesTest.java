package io.quorum.signal.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.bots.TrendSpec;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.TemplateId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.market.Instruments;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.money.FeeRate;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Percent;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.Side;
import io.quorum.signal.bots.AiBot;
import io.quorum.signal.bots.Positions.Held;
import io.quorum.signal.context.OpenPosition;
import io.quorum.signal.voting.Action;
import io.quorum.signal.voting.Ballot;
import io.quorum.signal.voting.Consensus;
import io.quorum.signal.voting.Proposal;
import io.quorum.signal.voting.Thresholds;
import io.quorum.signal.voting.Vote;
import io.quorum.signal.voting.VoterId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever the voters answer about an open position — a stop 90 % away, on the wrong side, at the entry — a move of
 * its TP/SL never puts the stop further than the max loss at the position's own leverage, and an addition never
 * lets the combined position lose more than the max loss of its margin at the stop it keeps.
 */
class OpenPositionPropertiesTest {

    private static final Symbol BTC = Symbol.of("BTCUSDT");
    private static final Instrument INSTRUMENT = Instruments.of(BTC);
    private final TradePlanner planner = new TradePlanner(FeeRate.of("0.00055"));

    @Property(tries = 1500)
    void noAnswerMovesTheStopBeyondTheMaxLossAtThePositionsLeverage(
            @ForAll("positions") Held held, @ForAll("percents") Percent maxLoss, @ForAll("moves") List<Proposal> answers,
            @ForAll @IntRange(min = -20, max = 20) int closeMovePercent) {
        AiBot bot = bot(maxLoss);
        Price close = moved(held.position().entry(), closeMovePercent);
        Action direction = held.position().isLong() ? Action.LONG : Action.SHORT;
        List<Ballot> ballots = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            ballots.add(new Vote(VoterId.llm("llm:" + i), i % 2 == 0 ? direction : Action.HOLD, BigDecimal.ONE,
                    "move it", answers.get(i), false, true));
        }

        TradePlan plan = planner.plan(new Consensus(Thresholds.defaults()).decide(ballots), bot, close, Optional.of(held),
                INSTRUMENT);

        Statistics.collect(plan.movesProtection() ? "moved" : "kept");
        Statistics.coverage(coverage -> coverage.check("moved").percentage(p -> p > 20));
        if (!plan.movesProtection()) {
            return;
        }
        BigDecimal entry = held.position().entry().value();
        BigDecimal distance = entry.subtract(plan.stopLoss().value());
        if (!held.position().isLong()) {
            distance = distance.negate();
        }
        assertThat(distance.signum()).as("the stop is on the loss side of the entry").isPositive();
        assertThat(distance.multiply(BigDecimal.valueOf(held.leverage())))
                .isLessThanOrEqualTo(maxLoss.fraction().multiply(entry));
        assertThat(held.position().isLong() ? plan.stopLoss().isBelow(close) : plan.stopLoss().isAbove(close)).isTrue();
    }

    @Property(tries = 1500)
    void anAdditionNeverLetsTheCombinedPositionLoseMoreThanTheMaxLossAtItsStop(
            @ForAll("positions") Held held, @ForAll("percents") Percent maxLoss,
            @ForAll @IntRange(min = -12, max = 12) int closeMovePercent) {
        AiBot bot = bot(maxLoss);
        Price close = moved(held.position().entry(), closeMovePercent);
        List<Ballot> ballots = List.of(Vote.of(VoterId.technical("a"), Action.DCA, BigDecimal.ONE, "add"),
                Vote.of(VoterId.llm("llm:b"), Action.DCA, BigDecimal.ONE, "add"));

        TradePlan plan = planner.plan(new Consensus(Thresholds.defaults()).decide(ballots), bot, close, Optional.of(held),
                INSTRUMENT);

        Statistics.collect(plan.trades() ? "added" : "refused");
        Statistics.coverage(coverage -> coverage.check("added").percentage(p -> p > 5));
        if (!plan.trades()) {
            return;
        }
        OpenPosition position = held.position();
        BigDecimal stop = held.stopLoss().value();
        BigDecimal q = plan.order().quantity().value();
        BigDecimal lossHeld = lossAt(position, position.entry().value(), stop).multiply(position.size().value());
        BigDecimal lossAdded = lossAt(position, close.value(), stop).multiply(q);
        BigDecimal margin = position.entry().value().multiply(position.size().value()).add(close.value().multiply(q))
                .divide(BigDecimal.valueOf(held.leverage()), 12, java.math.RoundingMode.DOWN);
        assertThat(lossHeld.add(lossAdded)).isLessThanOrEqualTo(maxLoss.fraction().multiply(margin).add(new BigDecimal("1e-9")));
        assertThat(plan.order().stopLoss()).isEqualTo(held.stopLoss());
        assertThat(plan.order().leverage()).isEqualTo(held.leverage());
        BigDecimal notional = position.entry().value().multiply(position.size().value()).add(close.value().multiply(q));
        assertThat(notional).isLessThanOrEqualTo(bot.budget().value().multiply(BigDecimal.valueOf(held.leverage())));
    }

    /** Open positions within a 1000 USDT budget, with a stop within 1–15 % of the entry on the loss side. */
    @Provide
    Arbitrary<Held> positions() {
        Arbitrary<Side> side = Arbitraries.of(Side.BUY, Side.SELL);
        Arbitrary<BigDecimal> entry = Arbitraries.bigDecimals().between(new BigDecimal("20000"), new BigDecimal("150000"))
                .ofScale(1);
        Arbitrary<Integer> leverage = Arbitraries.integers().between(1, 20);
        Arbitrary<Integer> stopPercent = Arbitraries.integers().between(1, 15);
        Arbitrary<BigDecimal> marginShare = Arbitraries.bigDecimals().between(new BigDecimal("0.05"), new BigDecimal("0.9"))
                .ofScale(2);
        return Combinators.combine(side, entry, leverage, stopPercent, marginShare).as((s, e, lev, stop, share) -> {
            BigDecimal size = new BigDecimal("1000").multiply(share).multiply(BigDecimal.valueOf(lev))
                    .divide(e, 3, java.math.RoundingMode.DOWN).max(new BigDecimal("0.001"));
            BigDecimal offset = e.multiply(BigDecimal.valueOf(stop)).divide(BigDecimal.valueOf(100));
            Price stopLoss = s == Side.BUY ? INSTRUMENT.tickBelow(e.subtract(offset)) : INSTRUMENT.tickAbove(e.add(offset));
            return new Held(new OpenPosition(s, Quantity.of(size), Price.of(e)), lev, stopLoss, null, null);
        });
    }

    /** What LLM voters propose as new levels: anything from nothing to nonsense. */
    @Provide
    Arbitrary<List<Proposal>> moves() {
        Arbitrary<Price> price = Arbitraries.bigDecimals().between(new BigDecimal("1"), new BigDecimal("400000"))
                .ofScale(2).map(Price::of).injectNull(0.2);
        Arbitrary<Integer> leverage = Arbitraries.integers().between(1, 125).injectNull(0.5);
        return Combinators.combine(price, price, leverage).as(Proposal::new).list().ofMinSize(2).ofMaxSize(3);
    }

    @Provide
    Arbitrary<Percent> percents() {
        return Arbitraries.bigDecimals().between(new BigDecimal("1"), new BigDecimal("100")).ofScale(2).map(Percent::new);
    }

    private static AiBot bot(Percent maxLoss) {
        TrendSpec trend = new TrendSpec(TemplateId.of("aggressive-trend"), Interval.M15,
                List.of(Interval.M15, Interval.H1, Interval.H4), Percent.of("2"), maxLoss,
                new TrendSpec.LeverageBounds(1, 20),
                new TrendSpec.DistanceBounds(Percent.of("1"), Percent.of("20"), Percent.of("3")),
                new TrendSpec.DistanceBounds(Percent.of("0.5"), Percent.of("30"), Percent.of("2")), Percent.of("-10"),
                TrendSpec.defaultThresholds(), List.of("ema-cross", "llm:default"));
        return new AiBot(BotId.random(), UserId.random(), "trend", BTC, Money.of("1000"), 20, trend, true);
    }

    private static Price moved(Price entry, int percent) {
        return INSTRUMENT.tickBelow(entry.value().multiply(BigDecimal.valueOf(100 + percent)).divide(BigDecimal.valueOf(100)));
    }

    private static BigDecimal lossAt(OpenPosition position, BigDecimal price, BigDecimal stop) {
        return position.isLong() ? price.subtract(stop) : stop.subtract(price);
    }
}
