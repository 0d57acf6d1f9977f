package io.quorum.signal.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.BotStopRequested;
import io.quorum.contracts.bots.TrendSpec;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.TemplateId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.market.CandleClosed;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Percent;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.signals.SignalDecided;
import io.quorum.signal.SignalServiceTest;
import io.quorum.testkit.EventProbe;
import io.quorum.testkit.FakeOpenAiReply;
import io.quorum.testkit.FakeOpenAiRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JournalFlowTest extends SignalServiceTest {

    private static final Instant WARM = Instant.parse("2025-06-21T00:00:00Z");
    private static final Instant FIRST = WARM.plus(Duration.ofMinutes(15));

    private final UserId user = UserId.random();
    private final List<BotId> started = new ArrayList<>();
    private EventProbe probe;

    @BeforeEach
    void warmUp() {
        probe = EventProbe.on(Topics.SIGNAL_DECISIONS_NAME);
        MarketReplay.storeHistory(probe, jdbc, WARM);
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
    void aLosingTradeIsReviewedOnTheCandlesAroundItAndItsLessonEntersLaterPromptsUntilItExpiresAndARedeliveryDoesNothingTwice()
            throws Exception {
        BotId bot = start(List.of("llm:fake", "ema-cross"));
        LLM.enqueueFor("fake-model",
                FakeOpenAiReply.answer("{\"lesson\":\"OLD-LESSON never chase a breakout\"}"),
                FakeOpenAiReply.answer("{\"lesson\":\"wait for the 1h trend to turn before buying a dip\"}"));
        // a losing trade long ago: its lesson has expired by the decision below
        position(bot, PositionSide.LONG, "0.004", "99111.5", "0", "0.2", Instant.parse("2025-06-10T00:00:00Z"));
        position(bot, PositionSide.FLAT, "0", null, "-4", "0.4", Instant.parse("2025-06-13T00:00:00Z"));
        // the trade that matters: opened at 21:00, closed at 23:00 with realized -8 and 0.4 of fees → -8.4
        position(bot, PositionSide.LONG, "0.004", "101234.5", "-4", "0.6", Instant.parse("2025-06-20T21:00:00Z"));
        Envelope<PositionChanged> close = position(bot, PositionSide.FLAT, "0", null, "-12", "0.8",
                Instant.parse("2025-06-20T23:00:00Z"));
        await().atMost(Duration.ofSeconds(90)).until(() -> lessonCount(bot) == 2);

        FakeOpenAiRequest review = requestContaining("101234.5");
        String asked = String.join("\n", review.messageContents());
        assertThat(asked).contains("Side: long", "Entry: 101234.5 at 2025-06-20T21:00:00Z", "result: -8.4");
        assertThat(asked).contains("2025-06-20T19:00:00Z", "2025-06-20T21:45:00Z", "2025-06-20T22:45:00Z")
                .doesNotContain("\n2025-06-20T18:45:00Z ", "\n2025-06-20T23:00:00Z ");
        assertThat(review.responseFormatType()).isNotEqualTo("json_schema");

        LLM.enqueueFor("fake-model", FakeOpenAiReply.answer("{\"action\":\"hold\",\"confidence\":0.5,\"explanation\":\"wait\"}"));
        probe.publish(MarketReplay.m15ClosingAt(FIRST));
        probe.awaitEvent(SignalDecided.class, d -> d.botId().equals(bot) && d.candleClosedAt().equals(FIRST));
        String prompt = String.join("\n", requestContaining("Lessons from earlier losing trades:\n- learnt 2025-06-20T23:00:00Z")
                .messageContents());
        assertThat(prompt).contains("wait for the 1h trend to turn before buying a dip",
                "closed a long from 101234.5 at 2025-06-20T23:00:00Z: result -8.4").doesNotContain("OLD-LESSON");

        String page = getAs(user, "/api/journal?botId=" + bot).getContentAsString();
        assertThat((List<String>) JsonPath.read(page, "$.items[*].result")).containsExactly("-8.4", "-4.4");
        assertThat((List<String>) JsonPath.read(page, "$.items[*].review")).containsExactly("LESSON", "LESSON");
        assertThat((Object) JsonPath.read(page, "$.next")).isNull();
        String lessons = getAs(user, "/api/journal/lessons?botId=" + bot).getContentAsString();
        assertThat((List<String>) JsonPath.read(lessons, "$.items[*].text"))
                .containsExactly("wait for the 1h trend to turn before buying a dip", "OLD-LESSON never chase a breakout");
        assertThat((List<Boolean>) JsonPath.read(lessons, "$.items[*].active")).containsExactly(true, false);
        assertThat((String) JsonPath.read(lessons, "$.items[0].expiresAt")).isEqualTo("2025-06-27T23:00:00Z");
        // a page at a time, each item once, newest first
        String firstTrades = getAs(user, "/api/journal?botId=" + bot + "&limit=1").getContentAsString();
        assertThat((List<String>) JsonPath.read(firstTrades, "$.items[*].result")).containsExactly("-8.4");
        String secondTrades = getAs(user, "/api/journal?botId=" + bot + "&limit=1&cursor="
                + JsonPath.read(firstTrades, "$.next")).getContentAsString();
        assertThat((List<String>) JsonPath.read(secondTrades, "$.items[*].result")).containsExactly("-4.4");
        assertThat((Object) JsonPath.read(secondTrades, "$.next")).isNull();
        String firstLessons = getAs(user, "/api/journal/lessons?botId=" + bot + "&limit=1").getContentAsString();
        assertThat((List<String>) JsonPath.read(firstLessons, "$.items[*].text"))
                .containsExactly("wait for the 1h trend to turn before buying a dip");
        String secondLessons = getAs(user, "/api/journal/lessons?botId=" + bot + "&limit=1&cursor="
                + JsonPath.read(firstLessons, "$.next")).getContentAsString();
        assertThat((List<String>) JsonPath.read(secondLessons, "$.items[*].text"))
                .containsExactly("OLD-LESSON never chase a breakout");
        assertThat((Object) JsonPath.read(secondLessons, "$.next")).isNull();

        int calls = LLM.requests().size();
        probe.publish(close); // redelivered
        position(bot, PositionSide.SHORT, "0.004", "101500", "-12", "1", FIRST); // behind it on the same partition
        assertThat(lessonCount(bot)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from journal_trades where bot_id = ?").param(bot.value()).query(Integer.class)
                .single()).isEqualTo(2);
        assertThat(LLM.requests().stream().filter(r -> String.join("", r.messageContents()).contains("101234.5"))
                .filter(r -> String.join("", r.messageContents()).contains("You review")).count()).isEqualTo(1);
        assertThat(LLM.requests()).hasSize(calls);
    }

    @Test
    void aWinningTradeIsJournaledWithoutReviewAFailedReviewLeavesNoLessonAndNoReviewerIsNoted() throws Exception {
        BotId winner = start(List.of("llm:fake", "ema-cross"));
        position(winner, PositionSide.SHORT, "0.002", "104321.5", "0", "0.1", Instant.parse("2025-06-20T10:00:00Z"));
        position(winner, PositionSide.FLAT, "0", null, "5", "0.2", Instant.parse("2025-06-20T11:00:00Z"));
        BotId garbage = start(List.of("llm:fake", "ema-cross"));
        LLM.enqueueFor("fake-model", FakeOpenAiReply.answer("be more careful next time"));
        position(garbage, PositionSide.LONG, "0.002", "104987.5", "0", "0.1", Instant.parse("2025-06-20T10:00:00Z"));
        position(garbage, PositionSide.FLAT, "0", null, "-3", "0.2", Instant.parse("2025-06-20T11:00:00Z"));
        BotId technical = start(List.of("ema-cross"));
        position(technical, PositionSide.LONG, "0.002", "104555.5", "0", "0.1", Instant.parse("2025-06-20T10:00:00Z"));
        position(technical, PositionSide.FLAT, "0", null, "-3", "0.2", Instant.parse("2025-06-20T11:00:00Z"));

        await().atMost(Duration.ofSeconds(90)).until(() -> review(winner).equals("NOT_NEEDED")
                && review(garbage).equals("FAILED") && review(technical).equals("NO_REVIEWER"));
        String won = getAs(user, "/api/journal?botId=" + winner).getContentAsString();
        assertThat((List<String>) JsonPath.read(won, "$.items[*].result")).containsExactly("4.8");
        assertThat((List<String>) JsonPath.read(won, "$.items[*].side")).containsExactly("SHORT");
        assertThat(LLM.requests()).noneMatch(r -> String.join("", r.messageContents()).contains("104321.5"));
        String failed = getAs(user, "/api/journal?botId=" + garbage).getContentAsString();
        assertThat((String) JsonPath.read(failed, "$.items[0].reviewNote")).contains("no JSON object");
        assertThat((List<String>) JsonPath.read(getAs(user, "/api/journal/lessons?botId=" + garbage).getContentAsString(),
                "$.items")).isEmpty();
        assertThat(lessonCount(garbage)).isZero();
        String none = getAs(user, "/api/journal?botId=" + technical).getContentAsString();
        assertThat((String) JsonPath.read(none, "$.items[0].reviewNote")).isEqualTo("no reviewer configured");
        assertThat(LLM.requests()).noneMatch(r -> String.join("", r.messageContents()).contains("104555.5"));
    }

    @Test
    void onlyTheOwnerSeesABotsJournalAndBadInputIsNamed() throws Exception {
        BotId bot = start(List.of("ema-cross"));
        for (String list : List.of("/api/journal", "/api/journal/lessons")) {
            assertThat(getAs(user, list + "?botId=" + bot).getStatus()).isEqualTo(200);
            var stranger = getAs(UserId.random(), list + "?botId=" + bot);
            assertThat(stranger.getStatus()).isEqualTo(404);
            assertThat(stranger.getContentType()).startsWith("application/problem+json");
            assertThat(getAs(user, list + "?botId=" + BotId.random()).getStatus()).isEqualTo(404);
            var malformed = getAs(user, list + "?botId=nope");
            assertThat(malformed.getStatus()).isEqualTo(400);
            assertThat((String) JsonPath.read(malformed.getContentAsString(), "$.field")).isEqualTo("botId");
            for (String limit : List.of("0", "201", "many", "", "-1")) {
                var bad = getAs(user, list + "?botId=" + bot + "&limit=" + limit);
                assertThat(bad.getStatus()).as(list + " limit=" + limit).isEqualTo(400);
                assertThat((String) JsonPath.read(bad.getContentAsString(), "$.field")).isEqualTo("limit");
            }
            for (String cursor : List.of("%25%25%25", "", "YWJj", "////")) {
                var bad = getAs(user, list + "?botId=" + bot + "&cursor=" + cursor);
                assertThat(bad.getStatus()).as(list + " cursor=" + cursor).isEqualTo(400);
                assertThat((String) JsonPath.read(bad.getContentAsString(), "$.field")).isEqualTo("cursor");
            }
        }
    }

    private Envelope<PositionChanged> position(BotId bot, PositionSide side, String size, String entry, String pnl,
                                               String fees, Instant at) {
        Envelope<PositionChanged> change = Envelope.originating(new PositionChanged(user, bot, MarketReplay.BTCUSDT, side,
                Quantity.of(size), entry == null ? null : Price.of(entry), 2, Money.of(pnl), Money.of(fees)), at);
        probe.publish(change);
        await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.sql("select count(*) from processed_events where event_id = ?")
                .param(change.eventId().value()).query(Integer.class).single() == 1);
        return change;
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

    private FakeOpenAiRequest requestContaining(String text) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> LLM.requests().stream()
                .filter(r -> String.join("\n", r.messageContents()).contains(text)).findFirst().orElse(null),
                r -> r != null);
    }

    private String review(BotId bot) {
        return jdbc.sql("select review_status from journal_trades where bot_id = ?").param(bot.value()).query(String.class)
                .optional().orElse("");
    }

    private int lessonCount(BotId bot) {
        return jdbc.sql("select count(*) from lessons where bot_id = ?").param(bot.value()).query(Integer.class).single();
    }
}
