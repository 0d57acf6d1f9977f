package io.quorum.signal.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.BotStopRequested;
import io.quorum.contracts.bots.TrendSpec;
import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.TemplateId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Percent;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.signals.CastVote;
import io.quorum.contracts.signals.LlmBudgetExhausted;
import io.quorum.contracts.signals.SignalDecided;
import io.quorum.signal.SignalServiceTest;
import io.quorum.signal.llm.DailyCallBudget;
import io.quorum.testkit.EventProbe;
import io.quorum.testkit.FakeOpenAiReply;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A user's daily LLM call budget on the decision cycle and the loss review, with the fake OpenAI server over HTTP. */
class LlmBudgetFlowTest extends SignalServiceTest {

    private static final Instant WARM = Instant.parse("2025-06-21T00:00:00Z");
    private static final Instant FIRST = WARM.plus(Duration.ofMinutes(15));
    private static final Instant SECOND = FIRST.plus(Duration.ofMinutes(15));
    private static final Instant THIRD = SECOND.plus(Duration.ofMinutes(15));
    private static final LocalDate DAY = LocalDate.parse("2025-06-21");
    private static final AtomicBoolean WARMED = new AtomicBoolean();
    private static final FakeOpenAiReply HOLD = FakeOpenAiReply.answer("""
            {"action":"hold","confidence":0.5,"explanation":"no edge either way"}""");

    @Autowired
    private LlmBudgets budgets;

    private final UserId user = UserId.random();
    private final List<BotId> started = new ArrayList<>();
    private EventProbe probe;

    @BeforeEach
    void warmUp() {
        probe = EventProbe.on(Topics.SIGNAL_DECISIONS_NAME, Topics.SIGNAL_NOTICES_NAME);
        if (WARMED.compareAndSet(false, true)) {
            MarketReplay.storeHistory(probe, jdbc, WARM);
        }
    }

    /** Stopped for good before the next test: a bot left running would decide on another test's candles. */
    @AfterEach
    void stopBots() throws InterruptedException {
        started.forEach(bot -> probe.publish(Envelope.originating(new BotStopRequested(bot, user, "test over"), Instant.now())));
        await().atMost(Duration.ofSeconds(60)).until(() -> started.stream().allMatch(bot -> "STOPPED".equals(jdbc.sql(
                "select status from ai_bots where bot_id = ?").param(bot.value()).query(String.class).single())));
        probe.close();
    }

    @Test
    void aUserOverBudgetGetsTechnicalVotersOnlyAndOneNoticeWhileTheCallsLeftServeASmallerPanel() throws Exception {
        jdbc.sql("insert into llm_budget_overrides (user_id, daily_calls) values (?, 2)").param(user.value()).update();
        BotId three = start(List.of("ema-cross", "rsi-bands", "llm:fake", "llm:fake-b", "llm:fake-c"));
        BotId one = start(List.of("ema-cross", "rsi-bands", "llm:fake"));
        LLM.enqueueFor("fake-model", HOLD, HOLD);

        probe.publish(MarketReplay.m15ClosingAt(FIRST));
        SignalDecided tooBig = awaitDecision(three, FIRST);
        assertThat(tooBig.technicalOnly()).isTrue();
        assertThat(tooBig.votes()).extracting(CastVote::voter).containsExactly("ema-cross", "rsi-bands");
        assertThat(tooBig.reason()).contains("decided by technical voters alone (LLM voters left out: "
                + "the user's daily LLM call budget is spent (").contains("of 2 calls left on 2025-06-21, 3 needed)");
        assertThat(awaitDecision(one, FIRST).votes()).extracting(CastVote::voter).contains("llm:fake");
        LlmBudgetExhausted told = probe.awaitEvent(LlmBudgetExhausted.class, e -> e.userId().equals(user));
        assertThat(told.day()).isEqualTo(DAY);
        assertThat(told.dailyLimit()).isEqualTo(2);

        probe.publish(MarketReplay.m15ClosingAt(SECOND));
        assertThat(awaitDecision(three, SECOND).technicalOnly()).isTrue();
        assertThat(awaitDecision(one, SECOND).votes()).extracting(CastVote::voter).contains("llm:fake");
        probe.publish(MarketReplay.m15ClosingAt(THIRD));
        SignalDecided spent = awaitDecision(one, THIRD);
        assertThat(spent.technicalOnly()).isTrue();
        assertThat(spent.votes()).extracting(CastVote::voter).containsExactly("ema-cross", "rsi-bands");
        assertThat(spent.reason()).contains("(0 of 2 calls left on 2025-06-21, 1 needed)");

        assertThat(LLM.requestsFor("fake-b")).isEmpty();
        assertThat(LLM.requestsFor("fake-c")).isEmpty();
        assertThat(budgets.budgetOf(user, DAY).used()).isEqualTo(2);
        assertToldOnlyOnce();

        String page = getAs(user, "/api/signals?botId=" + three).getContentAsString();
        assertThat(JsonPath.<String>read(page, "$.items[0].decidedBy"))
                .isEqualTo("technical voters only (LLM voters left out by the user's daily LLM call budget)");
        assertThat(JsonPath.<String>read(page, "$.items[0].reason")).contains("daily LLM call budget is spent");
        assertStatusShowsTheBudget();
    }

    @Test
    void aLosingTradeClosedOnADayWhoseBudgetIsSpentIsNotReviewedAndNoCallIsMade() {
        jdbc.sql("insert into llm_budget_overrides (user_id, daily_calls) values (?, 1)").param(user.value()).update();
        BotId bot = start(List.of("llm:fake", "ema-cross"));
        Instant closedAt = Instant.parse("2025-06-20T23:00:00Z");
        // another bot of the user spent the day's only call on a vote
        assertThat(budgets.grant(user, BotId.random(), closedAt.minus(Duration.ofHours(3)), LlmBudgets.Purpose.VOTE, 1)
                .granted()).isTrue();

        position(bot, PositionSide.LONG, "0.004", "101777.5", "0", "0.2", Instant.parse("2025-06-20T21:00:00Z"));
        position(bot, PositionSide.FLAT, "0", null, "-6", "0.4", closedAt);

        await().atMost(Duration.ofSeconds(90)).until(() -> "FAILED".equals(jdbc.sql(
                "select review_status from journal_trades where bot_id = ?").param(bot.value()).query(String.class)
                .optional().orElse("")));
        assertThat(jdbc.sql("select review_note from journal_trades where bot_id = ?").param(bot.value())
                .query(String.class).single()).isEqualTo("not reviewed: the user's daily LLM call budget is spent "
                + "(0 of 1 calls left on 2025-06-20, 1 needed)");
        assertThat(LLM.requests()).noneMatch(r -> String.join("\n", r.messageContents()).contains("101777.5"));
        LlmBudgetExhausted told = probe.awaitEvent(LlmBudgetExhausted.class, e -> e.userId().equals(user));
        assertThat(told).isEqualTo(new LlmBudgetExhausted(user, LocalDate.parse("2025-06-20"), 1, 1));
    }

    private void position(BotId bot, PositionSide side, String size, String entry, String pnl, String fees, Instant at) {
        Envelope<PositionChanged> change = Envelope.originating(new PositionChanged(user, bot, MarketReplay.BTCUSDT, side,
                Quantity.of(size), entry == null ? null : Price.of(entry), 2, Money.of(pnl), Money.of(fees)), at);
        probe.publish(change);
        await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.sql("select count(*) from processed_events where event_id = ?")
                .param(change.eventId().value()).query(Integer.class).single() == 1);
    }

    /** The market's day is the newest stored 15m candle's; another test may have stored later candles. */
    private void assertStatusShowsTheBudget() throws Exception {
        String status = getAs(user, "/api/signals/status").getContentAsString();
        LocalDate marketDay = DailyCallBudget.dayOf(jdbc.sql("select max(close_time) from candles where interval = '15m'")
                .query(Timestamp.class).single().toInstant());
        assertThat(JsonPath.<String>read(status, "$.llmBudget.day")).isEqualTo(marketDay.toString());
        assertThat(JsonPath.<Integer>read(status, "$.llmBudget.dailyLimit")).isEqualTo(2);
        int used = JsonPath.read(status, "$.llmBudget.used");
        assertThat(used + JsonPath.<Integer>read(status, "$.llmBudget.remaining")).isEqualTo(2);
        if (marketDay.equals(DAY)) {
            assertThat(used).isEqualTo(2);
        }
    }

    /** A refusal on the next day is published after any second notice of the first would be, on the user's partition. */
    private void assertToldOnlyOnce() {
        budgets.grant(user, BotId.random(), FIRST.plus(Duration.ofDays(1)), LlmBudgets.Purpose.VOTE, 3);
        probe.awaitEvent(LlmBudgetExhausted.class, e -> e.userId().equals(user) && e.day().equals(DAY.plusDays(1)));
        assertThat(probe.events(LlmBudgetExhausted.class).stream().filter(e -> e.userId().equals(user) && e.day().equals(DAY)))
                .hasSize(1);
    }

    private BotId start(List<String> voters) {
        BotId bot = BotId.random();
        TrendSpec trend = new TrendSpec(TemplateId.of("conservative-trend"), Interval.M15,
                List.of(Interval.M15, Interval.H1, Interval.H4), Percent.of("1"), Percent.of("20"),
                new TrendSpec.LeverageBounds(1, 3),
                new TrendSpec.DistanceBounds(Percent.of("1"), Percent.of("6"), Percent.of("3")),
                new TrendSpec.DistanceBounds(Percent.of("0.5"), Percent.of("3"), Percent.of("1.5")), Percent.of("-10"),
                TrendSpec.defaultThresholds(), voters);
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
}
