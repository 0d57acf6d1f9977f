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
import io.quorum.contracts.orders.OrderType;
import io.quorum.contracts.orders.Side;
import io.quorum.signal.bots.AiBot;
import io.quorum.signal.bots.Positions.Held;
import io.quorum.signal.context.OpenPosition;
import io.quorum.signal.voting.Action;
import io.quorum.signal.voting.Ballot;
import io.quorum.signal.voting.Consensus;
import io.quorum.signal.voting.Decision;
import io.quorum.signal.voting.Proposal;
import io.quorum.signal.voting.Thresholds;
import io.quorum.signal.voting.Vote;
import io.quorum.signal.voting.VoterId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TradePlannerTest {

    private static final Symbol BTC = Symbol.of("BTCUSDT");
    private static final Instrument INSTRUMENT = Instruments.of(BTC);
    private static final Price CLOSE = Price.of("100000");
    private static final TrendSpec TREND = new TrendSpec(TemplateId.of("conservative-trend"), Interval.M15,
            List.of(Interval.M15, Interval.H1, Interval.H4), Percent.of("1"), Percent.of("20"),
            new TrendSpec.LeverageBounds(1, 3),
            new TrendSpec.DistanceBounds(Percent.of("1"), Percent.of("6"), Percent.of("3")),
            new TrendSpec.DistanceBounds(Percent.of("0.5"), Percent.of("3"), Percent.of("1.5")), Percent.of("-10"),
            TrendSpec.defaultThresholds(), List.of("ema-cross", "llm:default"));
    private static final AiBot BOT = new AiBot(BotId.random(), UserId.random(), "trend", BTC, Money.of("1000"), 3, TREND, true);
    private static final Held LONG_HELD = new Held(new OpenPosition(Side.BUY, Quantity.of("0.004"), Price.of("98000")), 2);
    private static final Held LONG_WITH_STOP = new Held(LONG_HELD.position(), 2, Price.of("93100"), Price.of("103000"), null);

    private final TradePlanner planner = new TradePlanner(FeeRate.of("0.00055"));

    @Test
    void aLongOnAFlatBotIsALimitBuyAtTheCloseWithinTheBotsLeverageAndBudget() {
        TradePlan plan = planner.plan(decided(Action.LONG, new Proposal(null, null, 15)), BOT, CLOSE, Optional.empty(), INSTRUMENT);

        assertThat(plan.order().type()).isEqualTo(OrderType.LIMIT);
        assertThat(plan.order().side()).isEqualTo(Side.BUY);
        assertThat(plan.order().limitPrice()).isEqualTo(CLOSE);
        assertThat(plan.order().leverage()).isEqualTo(3);
        assertThat(plan.order().reduceOnly()).isFalse();
        assertThat(plan.stopLoss().isBelow(CLOSE)).isTrue();
        BigDecimal notional = CLOSE.value().multiply(plan.order().quantity().value());
        assertThat(notional.divide(BigDecimal.valueOf(3)).add(notional.multiply(new BigDecimal("0.00055"))))
                .isLessThanOrEqualTo(new BigDecimal("1000"));
    }

    @Test
    void noSecondEntryWhileAPositionIsOpen() {
        TradePlan plan = planner.plan(decided(Action.SHORT, Proposal.NONE), BOT, CLOSE, Optional.of(LONG_HELD), INSTRUMENT);

        assertThat(plan.trades()).isFalse();
        assertThat(plan.note()).contains("already open");
    }

    @Test
    void aCloseSellsTheWholeLongReduceOnlyAtMarket() {
        TradePlan plan = planner.plan(decided(Action.CLOSE, Proposal.NONE), BOT, CLOSE, Optional.of(LONG_HELD), INSTRUMENT);

        assertThat(plan.order().type()).isEqualTo(OrderType.MARKET);
        assertThat(plan.order().side()).isEqualTo(Side.SELL);
        assertThat(plan.order().quantity()).isEqualTo(Quantity.of("0.004"));
        assertThat(plan.order().reduceOnly()).isTrue();
        assertThat(plan.order().leverage()).isEqualTo(2);
    }

    @Test
    void aStopLossWithNothingOpenPlacesNothing() {
        TradePlan plan = planner.plan(decided(Action.STOP_LOSS, Proposal.NONE), BOT, CLOSE, Optional.empty(), INSTRUMENT);

        assertThat(plan.trades()).isFalse();
        assertThat(plan.note()).contains("nothing to close");
    }

    @Test
    void aHoldPlacesNothingAndAddsNothingToTheReason() {
        TradePlan plan = planner.plan(decided(Action.HOLD, Proposal.NONE), BOT, CLOSE, Optional.empty(), INSTRUMENT);

        assertThat(plan.trades()).isFalse();
        assertThat(plan.note()).isNull();
    }

    @Test
    void anEntryCarriesItsConfirmedStopAndTargetToTheVenue() {
        TradePlan plan = planner.plan(decided(Action.LONG, Proposal.NONE), BOT, CLOSE, Optional.empty(), INSTRUMENT);

        assertThat(plan.order().stopLoss()).isEqualTo(plan.stopLoss());
        assertThat(plan.order().takeProfit()).isEqualTo(plan.takeProfit());
    }

    @Test
    void votesAskingToMoveTpSlOnlyMoveThemWithinTheMaxLossAtThePositionsLeverage() {
        Proposal wide = new Proposal(Price.of("101000"), Price.of("80000"), null);
        Decision decision = decided(List.of(update(Action.LONG, wide, "ema-cross"), update(Action.HOLD, wide, "llm:default")));

        TradePlan plan = planner.plan(decision, BOT, CLOSE, Optional.of(LONG_WITH_STOP), INSTRUMENT);

        assertThat(plan.trades()).isFalse();
        assertThat(plan.movesProtection()).isTrue();
        // the position is at 2x: a stop 20 % of margin away is 10 % below the entry 98000, and the template caps it at 3 %
        assertThat(plan.stopLoss()).isEqualTo(Price.of("95060"));
        assertThat(plan.takeProfit()).isEqualTo(Price.of("100999.9")); // 3000 / 98000 rounded down, then to the tick below
        assertThat(plan.note()).contains("2 of 2 votes move TP/SL only");
    }

    @Test
    void oneVoteOfTwoAskingToMoveTpSlMovesNothing() {
        Proposal tighter = new Proposal(null, Price.of("97000"), null);
        Decision decision = decided(List.of(update(Action.HOLD, tighter, "ema-cross"),
                new Vote(VoterId.llm("llm:default"), Action.HOLD, BigDecimal.ONE, "test", Proposal.NONE, false, false)));

        TradePlan plan = planner.plan(decision, BOT, CLOSE, Optional.of(LONG_WITH_STOP), INSTRUMENT);

        assertThat(plan.movesProtection()).isFalse();
        assertThat(plan.note()).isNull();
    }

    @Test
    void aMovedStopThatWouldLieAboveTheMarketIsRefused() {
        Proposal tight = new Proposal(null, Price.of("97900"), null);
        Decision decision = decided(List.of(update(Action.LONG, tight, "ema-cross"), update(Action.LONG, tight, "llm:default")));

        TradePlan plan = planner.plan(decision, BOT, Price.of("97000"), Optional.of(LONG_WITH_STOP), INSTRUMENT);

        assertThat(plan.movesProtection()).isFalse();
        assertThat(plan.note()).contains("TP/SL not moved").contains("either side of the close 97000");
    }

    @Test
    void aVoteToCloseNowCountsAsACloseWhateverActionItNames() {
        Decision decision = decided(List.of(
                new Vote(VoterId.technical("ema-cross"), Action.LONG, BigDecimal.ONE, "test", Proposal.NONE, true, false),
                new Vote(VoterId.llm("llm:default"), Action.HOLD, BigDecimal.ONE, "test", Proposal.NONE, true, false)));

        assertThat(decision.action()).isEqualTo(Action.CLOSE);
        TradePlan plan = planner.plan(decision, BOT, CLOSE, Optional.of(LONG_HELD), INSTRUMENT);
        assertThat(plan.order().reduceOnly()).isTrue();
    }

    @Test
    void aDcaAddsALimitAtTheCloseSizedByRiskKeepingThePositionsStop() {
        TradePlan plan = planner.plan(decided(Action.DCA, Proposal.NONE), BOT, CLOSE, Optional.of(LONG_WITH_STOP), INSTRUMENT);

        assertThat(plan.order().type()).isEqualTo(OrderType.LIMIT);
        assertThat(plan.order().side()).isEqualTo(Side.BUY);
        assertThat(plan.order().limitPrice()).isEqualTo(CLOSE);
        assertThat(plan.order().leverage()).isEqualTo(2);
        assertThat(plan.order().stopLoss()).isEqualTo(Price.of("93100"));
        assertThat(plan.order().takeProfit()).isEqualTo(Price.of("103000"));
        // risk 10 USDT over 6900 a unit at the stop: 0.00144…, stepped down to 0.001
        assertThat(plan.order().quantity()).isEqualTo(Quantity.of("0.001"));
        assertThat(plan.note()).contains("sized by risk");
    }

    @Test
    void aDcaIsRefusedWhenTheCombinedPositionWouldLoseMoreThanTheMaxLossAtItsStop() {
        // the stop already sits at the max loss (10 % below the entry at 2x): any addition above the entry breaks it
        Held atTheLimit = new Held(new OpenPosition(Side.BUY, Quantity.of("0.004"), Price.of("98000")), 2, Price.of("88200"),
                null, null);

        TradePlan plan = planner.plan(decided(Action.DCA, Proposal.NONE), BOT, CLOSE, Optional.of(atTheLimit), INSTRUMENT);

        assertThat(plan.trades()).isFalse();
        assertThat(plan.note()).contains("no DCA").contains("limited by max-loss");
    }

    @Test
    void aDcaWithoutAKnownStopIsRefused() {
        TradePlan plan = planner.plan(decided(Action.DCA, Proposal.NONE), BOT, CLOSE, Optional.of(LONG_HELD), INSTRUMENT);

        assertThat(plan.trades()).isFalse();
        assertThat(plan.note()).contains("no known stop-loss");
    }

    private static Vote update(Action action, Proposal proposal, String voter) {
        VoterId id = voter.startsWith("llm:") ? VoterId.llm(voter) : VoterId.technical(voter);
        return new Vote(id, action, BigDecimal.ONE, "test", proposal, false, true);
    }

    private static Decision decided(List<Ballot> ballots) {
        return new Consensus(Thresholds.defaults()).decide(ballots);
    }

    /** Both voters agree, so the action passes every default threshold (HOLD: nothing passes). */
    private static Decision decided(Action action, Proposal proposal) {
        List<Ballot> ballots = List.of(
                new Vote(VoterId.technical("ema-cross"), action, new BigDecimal("0.7"), "test", Proposal.NONE, false, false),
                new Vote(VoterId.llm("llm:default"), action, new BigDecimal("0.8"), "test", proposal, false, false));
        Decision decision = new Consensus(Thresholds.defaults()).decide(ballots);
        assertThat(decision.action()).isEqualTo(action);
        return decision;
    }
}
