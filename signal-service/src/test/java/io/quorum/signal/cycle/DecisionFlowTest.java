package io.quorum.signal.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.BotStopRequested;
import io.quorum.contracts.bots.TrendSpec;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.TemplateId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.market.CandleClosed;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Percent;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.contracts.orders.OrderType;
import io.quorum.contracts.orders.PositionProtectionRequested;
import io.quorum.contracts.orders.Side;
import io.quorum.contracts.signals.CastVote;
import io.quorum.contracts.signals.SignalDecided;
import io.quorum.contracts.signals.Threshold;
import io.quorum.contracts.signals.TradeAction;
import io.quorum.signal.SignalServiceTest;
import io.quorum.testkit.EventProbe;
import io.quorum.testkit.FakeOpenAiReply;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DecisionFlowTest extends SignalServiceTest {

    @Autowired
    private MeterRegistry meters;

    /** One day of 15m candles and three of 1h are closed by then: enough for the technical voters (63 each). */
    private static final Instant WARM = Instant.parse("2025-06-21T00:00:00Z");
    private static final Instant FIRST = WARM.plus(Duration.ofMinutes(15));
    private static final Instant SECOND = FIRST.plus(Duration.ofMinutes(15));
    private static final AtomicBoolean WARMED = new AtomicBoolean();

    private final UserId user = UserId.random();
    private final List<BotId> started = new ArrayList<>();
    private EventProbe probe;

    @BeforeEach
    void warmUp() {
        probe = EventProbe.on(Topics.SIGNAL_DECISIONS_NAME, Topics.ORDER_INTENTS_NAME, Topics.ORDER_DECISIONS_NAME);
        if (WARMED.compareAndSet(false, true)) {
            MarketReplay.storeHistory(probe, jdbc, WARM);
        }
    }

    @AfterEach
    void stopBots() throws InterruptedException {
        started.forEach(bot -> probe.publish(Envelope.originating(new BotStopRequested(bot, user, "test over"), Instant.now())));
        probe.close();
    }

    @Test
    void decidesOnTheClosed15mCandleWithEveryVoteStoredAndPublishedAndARedeliveredCandleDecidesNothingTwice() throws Exception {
        BotId bot = start(List.of("ema-cross", "rsi-bands", "llm:not-configured"), TrendSpec.defaultThresholds());
        Envelope<CandleClosed> first = MarketReplay.m15ClosingAt(FIRST);
        probe.publish(first);

        SignalDecided decided = awaitDecision(bot, FIRST);
        assertThat(decided.votes()).extracting(CastVote::voter).containsExactly("ema-cross", "rsi-bands");
        assertThat(decided.votes()).allSatisfy(vote -> assertThat(vote.abstained()).isFalse());
        assertThat(decided.votes()).allSatisfy(vote -> assertThat(vote.explanation()).isNotBlank());
        assertThat(decided.technicalOnly()).isTrue();
        assertThat(decided.reason()).contains("no LLM voter configured");
        assertThat(decided.userId()).isEqualTo(user);

        probe.publish(first); // the same record again
        probe.publish(MarketReplay.closed(first.payload())); // the same candle under a new event id
        probe.publish(MarketReplay.m15ClosingAt(SECOND));
        awaitDecision(bot, SECOND);
        assertThat(decisionsOf(bot)).hasSize(2);
        assertThat(jdbc.sql("select count(*) from decisions where bot_id = ?").param(bot.value()).query(Integer.class).single())
                .isEqualTo(2);

        String page = getAs(user, "/api/signals?botId=" + bot).getContentAsString();
        assertThat((List<String>) JsonPath.read(page, "$.items[*].candleClosedAt"))
                .containsExactly(SECOND.toString(), FIRST.toString());
        assertThat((List<String>) JsonPath.read(page, "$.items[1].votes[*].voter")).containsExactly("ema-cross", "rsi-bands");
        assertThat((List<String>) JsonPath.read(page, "$.items[1].votes[*].explanation"))
                .containsExactlyElementsOf(decided.votes().stream().map(CastVote::explanation).toList());
        assertThat((String) JsonPath.read(page, "$.items[0].decidedBy")).isEqualTo("technical voters only");
        assertThat((Object) JsonPath.read(page, "$.next")).isNull();
        String newest = getAs(user, "/api/signals?botId=" + bot + "&limit=1").getContentAsString();
        assertThat((List<String>) JsonPath.read(newest, "$.items[*].candleClosedAt")).containsExactly(SECOND.toString());
        String second = getAs(user, "/api/signals?botId=" + bot + "&limit=1&cursor=" + JsonPath.read(newest, "$.next"))
                .getContentAsString();
        assertThat((List<String>) JsonPath.read(second, "$.items[*].candleClosedAt")).containsExactly(FIRST.toString());
        assertThat((Object) JsonPath.read(second, "$.next")).isNull();
    }

    @Test
    void anLlmVoterOverRealHttpTakesPartAndALongThatPassesTheConfirmStepBecomesABoundedLimitIntent() throws Exception {
        double callsBefore = counted("quorum.llm.calls", "provider", "fake", "outcome", "answered");
        double costBefore = counted("quorum.llm.cost", "provider", "fake");
        double tokensBefore = counted("quorum.llm.tokens", "provider", "fake");
        double longsBefore = counted("quorum.signal.decisions", "action", "long", "technical_only", "false");
        double llmLongVotesBefore = counted("quorum.signal.votes", "voter_kind", "llm", "vote", "long");
        double intentsBefore = counted("quorum.order.intents", "bot_kind", "ai_trend", "side", "buy");
        long timedBefore = meters.find("quorum.llm.call.duration").tag("provider", "fake").timers().stream()
                .mapToLong(Timer::count).sum();
        CandleClosed candle = MarketReplay.m15ClosingAt(FIRST).payload();
        BigDecimal close = candle.close().value();
        LLM.enqueueFor("fake-model", FakeOpenAiReply.answer("""
                {"action":"long","confidence":0.8,"explanation":"momentum turns up on 15m",
                 "take_profit":%s,"stop_loss":%s,"leverage":3}""".formatted(close.multiply(new BigDecimal("1.05")),
                close.multiply(new BigDecimal("0.8")))));
        Map<TradeAction, Threshold> oneVoiceOpens = new EnumMap<>(TrendSpec.defaultThresholds());
        oneVoiceOpens.put(TradeAction.LONG, Threshold.atLeast(1, 3));
        BotId bot = start(List.of("llm:fake", "ema-cross", "rsi-bands"), oneVoiceOpens);
        probe.publish(MarketReplay.closed(candle));

        SignalDecided decided = awaitDecision(bot, FIRST);
        assertThat(decided.action()).isEqualTo(TradeAction.LONG);
        assertThat(decided.technicalOnly()).isFalse();
        assertThat(decided.votes().getFirst().voter()).isEqualTo("llm:fake");
        assertThat(decided.votes().getFirst().action()).isEqualTo(TradeAction.LONG);
        OrderIntentCreated intent = probe.awaitEvent(OrderIntentCreated.class, i -> i.botId().equals(bot));
        assertThat(intent.intentId()).isEqualTo(decided.intentId());
        assertThat(intent.userId()).isEqualTo(user);
        assertThat(intent.order().side()).isEqualTo(Side.BUY);
        assertThat(intent.order().type()).isEqualTo(OrderType.LIMIT);
        assertThat(intent.order().limitPrice()).isEqualTo(candle.close());
        assertThat(intent.order().reduceOnly()).isFalse();
        assertThat(intent.order().leverage()).isBetween(1, 3);
        BigDecimal notional = close.multiply(intent.order().quantity().value());
        BigDecimal margin = notional.divide(BigDecimal.valueOf(intent.order().leverage()), 12, java.math.RoundingMode.UP);
        assertThat(margin.add(notional.multiply(new BigDecimal("0.00055")))).isLessThanOrEqualTo(new BigDecimal("1000"));
        // the stop the LLM asked for (20 % away) is moved so a stop-out loses at most 20 % of the margin
        BigDecimal stop = new BigDecimal(JsonPath.<String>read(getAs(user, "/api/signals?botId=" + bot).getContentAsString(),
                "$.items[0].order.stopLoss"));
        assertThat(close.subtract(stop).multiply(intent.order().quantity().value()))
                .isLessThanOrEqualTo(new BigDecimal("200"));
        // and the venue gets that stop with the entry, to hold as the position's hard floor
        assertThat(intent.order().stopLoss().value()).isEqualByComparingTo(stop);
        assertThat(intent.order().takeProfit()).isNotNull();

        assertThat(LLM.requestsFor("fake-model")).isNotEmpty();
        List<Map<String, Object>> calls = jdbc.sql("select outcome, prompt, response from llm_calls where bot_id = ?")
                .param(bot.value()).query().listOfRows();
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.get("outcome")).isEqualTo("ANSWERED");
            assertThat((String) call.get("response")).contains("momentum turns up");
            assertThat((String) call.get("prompt")).doesNotContain("sk-signal-test");
        });
        // the meters: the live call (counted, timed, its tokens priced), the decision, its ballots and its intent
        assertThat(counted("quorum.llm.calls", "provider", "fake", "outcome", "answered") - callsBefore).isGreaterThanOrEqualTo(1);
        assertThat(meters.find("quorum.llm.call.duration").tag("provider", "fake").timers().stream()
                .mapToLong(Timer::count).sum() - timedBefore).isGreaterThanOrEqualTo(1);
        assertThat(counted("quorum.llm.tokens", "provider", "fake") - tokensBefore).isGreaterThan(0);
        assertThat(counted("quorum.llm.cost", "provider", "fake") - costBefore).isGreaterThan(0);
        assertThat(counted("quorum.signal.decisions", "action", "long", "technical_only", "false") - longsBefore)
                .isGreaterThanOrEqualTo(1);
        assertThat(counted("quorum.signal.votes", "voter_kind", "llm", "vote", "long") - llmLongVotesBefore)
                .isGreaterThanOrEqualTo(1);
        assertThat(counted("quorum.order.intents", "bot_kind", "ai_trend", "side", "buy") - intentsBefore)
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void aCandleRedeliveredAfterACrashBeforeTheCommitReusesTheRecordedLlmAnswerInsteadOfAskingAgain() throws Exception {
        LLM.enqueueFor("fake-model", FakeOpenAiReply.answer("""
                {"action":"hold","confidence":0.6,"explanation":"no edge on this candle"}"""));
        BotId bot = start(List.of("llm:fake", "ema-cross"), TrendSpec.defaultThresholds());
        Envelope<CandleClosed> candle = MarketReplay.m15ClosingAt(FIRST);
        probe.publish(candle);
        SignalDecided first = awaitDecision(bot, FIRST);
        int asked = LLM.requestsFor("fake-model").size();

        // the crash: the LLM call was recorded, the decision never committed
        jdbc.sql("delete from decision_votes where decision_id = ?").param(first.decisionId().value()).update();
        jdbc.sql("delete from decisions where decision_id = ?").param(first.decisionId().value()).update();
        probe.publish(candle);

        await().atMost(Duration.ofSeconds(60)).until(() -> decisionsOf(bot).size() == 2);
        SignalDecided retried = decisionsOf(bot).getLast();
        assertThat(retried.decisionId()).isEqualTo(first.decisionId());
        assertThat(retried.votes()).isEqualTo(first.votes());
        assertThat(LLM.requestsFor("fake-model")).hasSize(asked);
        assertThat(jdbc.sql("select replayed from llm_calls where bot_id = ? order by id").param(bot.value())
                .query(Boolean.class).list()).containsExactly(false, true);
    }

    @Test
    void aCloseWithAPositionOpenBecomesAReduceOnlyMarketOrderForAllOfIt() throws Exception {
        LLM.enqueueFor("fake-model", FakeOpenAiReply.answer("""
                {"action":"close","confidence":0.7,"explanation":"the move is over","close_now":true}"""));
        Map<TradeAction, Threshold> oneVoiceCloses = new EnumMap<>(TrendSpec.defaultThresholds());
        oneVoiceCloses.put(TradeAction.CLOSE, Threshold.atLeast(1, 3));
        BotId bot = start(List.of("llm:fake", "ema-cross", "rsi-bands"), oneVoiceCloses);
        probe.publish(Envelope.originating(new PositionChanged(user, bot, MarketReplay.BTCUSDT, PositionSide.LONG,
                Quantity.of("0.004"), Price.of("102000"), 2, Money.ZERO, Money.of("0.2")), WARM));
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("select count(*) from positions where bot_id = ?")
                .param(bot.value()).query(Integer.class).single() == 1);
        probe.publish(MarketReplay.m15ClosingAt(FIRST));

        SignalDecided decided = awaitDecision(bot, FIRST);
        assertThat(decided.action()).isEqualTo(TradeAction.CLOSE);
        OrderIntentCreated intent = probe.awaitEvent(OrderIntentCreated.class, i -> i.botId().equals(bot));
        assertThat(intent.intentId()).isEqualTo(decided.intentId());
        assertThat(intent.order().side()).isEqualTo(Side.SELL);
        assertThat(intent.order().type()).isEqualTo(OrderType.MARKET);
        assertThat(intent.order().reduceOnly()).isTrue();
        assertThat(intent.order().quantity()).isEqualTo(Quantity.of("0.004"));
        assertThat(intent.order().leverage()).isEqualTo(2);
    }

    @Test
    void anLlmAnswerToMoveTpSlOnlyAsksTheVenueToMoveTheOpenPositionsLevelsAndPlacesNoOrder() throws Exception {
        CandleClosed candle = MarketReplay.m15ClosingAt(FIRST).payload();
        BigDecimal close = candle.close().value();
        LLM.enqueueFor("fake-model", FakeOpenAiReply.answer("""
                {"action":"long","confidence":0.7,"explanation":"trail the stop under the new higher low",
                 "update_existing":true,"stop_loss":%s,"take_profit":%s}""".formatted(
                close.multiply(new BigDecimal("0.99")), close.multiply(new BigDecimal("1.02")))));
        BotId bot = start(List.of("llm:fake"), TrendSpec.defaultThresholds());
        probe.publish(Envelope.originating(new PositionChanged(user, bot, MarketReplay.BTCUSDT, PositionSide.LONG,
                Quantity.of("0.004"), candle.close(), 2, Money.ZERO, Money.of("0.2"),
                Price.of(close.multiply(new BigDecimal("0.95"))), null, null), WARM));
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("select count(*) from positions where bot_id = ?")
                .param(bot.value()).query(Integer.class).single() == 1);
        probe.publish(MarketReplay.closed(candle));

        SignalDecided decided = awaitDecision(bot, FIRST);
        PositionProtectionRequested request = probe.awaitEvent(PositionProtectionRequested.class, r -> r.botId().equals(bot));
        assertThat(decided.intentId()).isNull();
        assertThat(decided.reason()).contains("1 of 1 votes move TP/SL only");
        assertThat(request.userId()).isEqualTo(user);
        assertThat(request.stopLoss().value()).isLessThan(close)
                .isGreaterThanOrEqualTo(close.multiply(new BigDecimal("0.99")));
        assertThat(request.takeProfit().value()).isGreaterThan(close);
        assertThat(probe.events(OrderIntentCreated.class).stream().filter(i -> i.botId().equals(bot))).isEmpty();
    }

    @Test
    void aStoppedBotDecidesNothingMoreWhileARunningOneOnTheSameSymbolGoesOn() throws Exception {
        BotId stopped = start(List.of("ema-cross", "rsi-bands"), TrendSpec.defaultThresholds());
        BotId running = start(List.of("ema-cross", "rsi-bands"), TrendSpec.defaultThresholds());
        probe.publish(MarketReplay.m15ClosingAt(FIRST));
        awaitDecision(stopped, FIRST);
        awaitDecision(running, FIRST);

        probe.publish(Envelope.originating(new BotStopRequested(stopped, user, "user asked"), SECOND));
        await().atMost(Duration.ofSeconds(60)).until(() -> "STOPPED".equals(jdbc.sql(
                "select status from ai_bots where bot_id = ?").param(stopped.value()).query(String.class).single()));
        probe.publish(MarketReplay.m15ClosingAt(SECOND));
        awaitDecision(running, SECOND);

        assertThat(decisionsOf(stopped)).extracting(SignalDecided::candleClosedAt).containsExactly(FIRST);
    }

    @Test
    void onlyTheOwnerSeesABotsSignalsAndBadInputIsNamed() throws Exception {
        BotId bot = start(List.of("ema-cross"), TrendSpec.defaultThresholds());
        assertThat(getAs(user, "/api/signals?botId=" + bot).getStatus()).isEqualTo(200);
        assertThat(getAs(UserId.random(), "/api/signals?botId=" + bot).getStatus()).isEqualTo(404);
        var malformed = getAs(user, "/api/signals?botId=not-a-bot");
        assertThat(malformed.getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(malformed.getContentAsString(), "$.field")).isEqualTo("botId");
        assertThat(getAs(UserId.random(), "/api/signals?botId=" + bot).getContentType()).startsWith("application/problem+json");
        assertThat(getAs(user, "/api/signals?botId=" + BotId.random()).getStatus()).isEqualTo(404);
        for (String limit : List.of("500", "0", "-1", "ten", "")) {
            var bad = getAs(user, "/api/signals?botId=" + bot + "&limit=" + limit);
            assertThat(bad.getStatus()).as("limit=" + limit).isEqualTo(400);
            assertThat((String) JsonPath.read(bad.getContentAsString(), "$.field")).isEqualTo("limit");
        }
        for (String cursor : List.of("%25%25%25", "", "YWJj", "////")) {
            var bad = getAs(user, "/api/signals?botId=" + bot + "&cursor=" + cursor);
            assertThat(bad.getStatus()).as("cursor=" + cursor).isEqualTo(400);
            assertThat((String) JsonPath.read(bad.getContentAsString(), "$.field")).isEqualTo("cursor");
        }
        String status = getAs(user, "/api/signals/status").getContentAsString();
        assertThat((List<String>) JsonPath.read(status, "$.llmProviders")).contains("llm:fake");
    }

    private BotId start(List<String> voters, Map<TradeAction, Threshold> thresholds) {
        BotId bot = BotId.random();
        TrendSpec trend = new TrendSpec(TemplateId.of("conservative-trend"), Interval.M15,
                List.of(Interval.M15, Interval.H1, Interval.H4), Percent.of("1"), Percent.of("20"),
                new TrendSpec.LeverageBounds(1, 3),
                new TrendSpec.DistanceBounds(Percent.of("1"), Percent.of("6"), Percent.of("3")),
                new TrendSpec.DistanceBounds(Percent.of("0.5"), Percent.of("3"), Percent.of("1.5")), Percent.of("-10"),
                thresholds, voters);
        probe.publish(Envelope.originating(new BotStarted(bot, user, "trend", BotKind.AI_TREND, MarketReplay.BTCUSDT,
                Money.of("1000"), 3, null, trend), Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("select count(*) from ai_bots where bot_id = ?")
                .param(bot.value()).query(Integer.class).single() == 1);
        started.add(bot);
        return bot;
    }

    private SignalDecided awaitDecision(BotId bot, Instant candleClosedAt) {
        return probe.awaitEvent(SignalDecided.class, d -> d.botId().equals(bot) && d.candleClosedAt().equals(candleClosedAt));
    }

    private List<SignalDecided> decisionsOf(BotId bot) {
        return probe.events(SignalDecided.class).stream().filter(d -> d.botId().equals(bot)).toList();
    }

    private double counted(String name, String... tags) {
        return meters.find(name).tags(tags).counters().stream().mapToDouble(Counter::count).sum();
    }
}
