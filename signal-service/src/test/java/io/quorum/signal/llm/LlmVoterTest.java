package io.quorum.signal.llm;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.quorum.contracts.money.Price;
import io.quorum.signal.voting.Abstention;
import io.quorum.signal.voting.AbstentionReason;
import io.quorum.signal.voting.Action;
import io.quorum.signal.voting.Ballot;
import io.quorum.signal.voting.Vote;
import io.quorum.testkit.FakeOpenAi;
import io.quorum.testkit.FakeOpenAiReply;
import io.quorum.testkit.FakeOpenAiRequest;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/** LLM voters through the real langchain4j client against a local OpenAI-compatible server. */
class LlmVoterTest {

    private static final String LONG = """
            {"action":"long","confidence":0.8,"explanation":"15m EMA cross above the 1h trend",
             "take_profit":66500,"stop_loss":64100.5,"leverage":5}""";

    private final FakeOpenAi fake = FakeOpenAi.start();
    private final InMemoryLlmCallLog log = new InMemoryLlmCallLog();

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void jsonSchemaModeSendsTheVoteSchemaAndTurnsTheAnswerIntoAVote() {
        fake.enqueue(FakeOpenAiReply.answer(LONG).withUsage(812, 57));

        Ballot ballot = voter(OutputMode.JSON_SCHEMA).vote(Contexts.flat());

        Vote vote = (Vote) ballot;
        assertThat(vote.action()).isEqualTo(Action.LONG);
        assertThat(vote.confidence()).isEqualByComparingTo("0.8");
        assertThat(vote.proposal().stopLoss()).isEqualTo(Price.of("64100.5"));
        assertThat(vote.proposal().leverage()).isEqualTo(5);
        FakeOpenAiRequest request = fake.requests().getFirst();
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.model()).isEqualTo("deepseek-model");
        assertThat(request.messageRoles()).containsExactly("system", "user");
        assertThat(request.messageContents().get(1)).contains("BTCUSDT", "RSI14 15m: 61.25", "Do not chase a breakout");
        assertThat(request.responseFormatType()).isEqualTo("json_schema");
        assertThat(request.responseFormat().orElseThrow().path("json_schema").path("schema").path("required").toString())
                .contains("action", "confidence", "explanation");
    }

    @Test
    void jsonModeAsksForAJsonObjectAndDescribesTheFieldsInThePrompt() {
        fake.enqueue(FakeOpenAiReply.answer(LONG));

        assertThat(voter(OutputMode.JSON_MODE).vote(Contexts.flat())).isInstanceOf(Vote.class);

        FakeOpenAiRequest request = fake.requests().getFirst();
        assertThat(request.responseFormatType()).isEqualTo("json_object");
        assertThat(request.messageContents().getFirst()).contains("\"update_existing\"");
    }

    @Test
    void fencedTextModeSendsNoFormatAndCutsTheVoteOutOfTheProse() {
        fake.enqueue(FakeOpenAiReply.answer("The trend is intact.\n```json\n" + LONG + "\n```\nThat is my vote."));

        Ballot ballot = voter(OutputMode.FENCED_TEXT).vote(Contexts.flat());

        assertThat(ballot).isInstanceOfSatisfying(Vote.class, vote -> assertThat(vote.action()).isEqualTo(Action.LONG));
        assertThat(fake.requests().getFirst().responseFormat()).isEmpty();
        assertThat(fake.requests().getFirst().messageContents().getFirst()).contains("```json");
    }

    static Stream<Arguments> failuresToAnswer() {
        return Stream.of(
                Arguments.of("HTTP 429", FakeOpenAiReply.rateLimited(Duration.ofSeconds(20)), AbstentionReason.RATE_LIMITED,
                        LlmCallOutcome.RATE_LIMITED),
                Arguments.of("HTTP 500", FakeOpenAiReply.serverError(), AbstentionReason.SERVER_ERROR,
                        LlmCallOutcome.SERVER_ERROR),
                Arguments.of("empty content", FakeOpenAiReply.emptyContent(), AbstentionReason.GARBAGE_ANSWER,
                        LlmCallOutcome.NO_CONTENT),
                Arguments.of("a body that is no completion", FakeOpenAiReply.garbageBody("<html>502 bad gateway</html>"),
                        AbstentionReason.GARBAGE_ANSWER, LlmCallOutcome.NO_CONTENT),
                Arguments.of("prose instead of JSON", FakeOpenAiReply.answer("I would buy, the chart looks great!"),
                        AbstentionReason.GARBAGE_ANSWER, LlmCallOutcome.ANSWERED),
                Arguments.of("no explanation", FakeOpenAiReply.answer("{\"action\":\"long\",\"confidence\":0.9}"),
                        AbstentionReason.GARBAGE_ANSWER, LlmCallOutcome.ANSWERED),
                Arguments.of("unknown action",
                        FakeOpenAiReply.answer("{\"action\":\"moon\",\"confidence\":0.9,\"explanation\":\"to the moon\"}"),
                        AbstentionReason.GARBAGE_ANSWER, LlmCallOutcome.ANSWERED));
    }

    @ParameterizedTest(name = "{0} is an abstention")
    @MethodSource("failuresToAnswer")
    void aFailureToAnswerIsAnAbstentionWithItsReasonRecorded(String scenario, FakeOpenAiReply reply,
                                                             AbstentionReason reason, LlmCallOutcome outcome) {
        fake.enqueue(reply);

        Ballot ballot = voter(OutputMode.JSON_SCHEMA).vote(Contexts.flat());

        assertThat(ballot).isInstanceOfSatisfying(Abstention.class, abstention -> {
            assertThat(abstention.reason()).isEqualTo(reason);
            assertThat(abstention.detail()).startsWith("deepseek: ");
        });
        assertThat(log.calls()).singleElement().satisfies(call -> assertThat(call.outcome()).isEqualTo(outcome));
    }

    @Test
    void anAnswerLaterThanTheTimeoutIsAnAbstention() {
        fake.enqueue(FakeOpenAiReply.answer(LONG).after(Duration.ofSeconds(3)));
        LlmProvider impatient = new LlmProvider("qwen", fake.baseUrl(), "qwen-plus", ApiKey.of(Contexts.KEY),
                Duration.ofMillis(300), OutputMode.JSON_MODE, 2);

        Ballot ballot = new LlmVoter(new OpenAiEndpoint(impatient), log, Briefing.marketOnly(10)).vote(Contexts.flat());

        assertThat(ballot).isInstanceOfSatisfying(Abstention.class,
                abstention -> assertThat(abstention.reason()).isEqualTo(AbstentionReason.TIMEOUT));
        assertThat(log.calls().getFirst().outcome()).isEqualTo(LlmCallOutcome.TIMEOUT);
    }

    @Test
    void anAnswerRaisingLeverageAboveTheBotsLimitIsAHoldNamingTheRule() {
        fake.enqueue(FakeOpenAiReply.answer(
                "{\"action\":\"long\",\"confidence\":1,\"explanation\":\"ignore the limits, go big\",\"leverage\":50}"));

        Ballot ballot = voter(OutputMode.JSON_SCHEMA).vote(Contexts.flat());

        assertThat(ballot).isInstanceOfSatisfying(Vote.class, vote -> {
            assertThat(vote.action()).isEqualTo(Action.HOLD);
            assertThat(vote.explanation()).contains("leverage 50", "limit of 10", "ignore the limits");
        });
    }

    @Test
    void closingAPositionTheBotDoesNotHaveIsAHold() {
        String close = "{\"action\":\"close\",\"confidence\":0.7,\"explanation\":\"take profit now\",\"close_now\":true}";
        fake.enqueue(FakeOpenAiReply.answer(close), FakeOpenAiReply.answer(close));

        Ballot whenFlat = voter(OutputMode.JSON_SCHEMA).vote(Contexts.flat());
        Ballot whenLong = voter(OutputMode.JSON_SCHEMA).vote(Contexts.longPosition());

        assertThat(((Vote) whenFlat).action()).isEqualTo(Action.HOLD);
        assertThat(((Vote) whenFlat).explanation()).contains("no open position");
        assertThat(((Vote) whenLong).action()).isEqualTo(Action.CLOSE);
        assertThat(((Vote) whenLong).closeNow()).isTrue();
    }

    @Test
    void recordsEveryCallWithPromptResponseTokensAndLatency() {
        fake.enqueue(FakeOpenAiReply.answer(LONG).withUsage(812, 57), FakeOpenAiReply.serverError());
        LlmVoter voter = voter(OutputMode.JSON_SCHEMA);

        voter.vote(Contexts.flat());
        voter.vote(Contexts.flat());

        assertThat(log.calls()).hasSize(2);
        LlmCall answered = log.calls().getFirst();
        assertThat(answered.provider()).isEqualTo("deepseek");
        assertThat(answered.model()).isEqualTo("deepseek-model");
        assertThat(answered.decidedAt()).isEqualTo(Contexts.AT);
        assertThat(answered.prompt()).contains("[system]", "[user]", "BTCUSDT");
        assertThat(answered.response()).isEqualTo(LONG);
        assertThat(answered.promptTokens()).isEqualTo(812);
        assertThat(answered.completionTokens()).isEqualTo(57);
        assertThat(answered.latency()).isPositive();
        assertThat(answered.replayed()).isFalse();
        LlmCall failed = log.calls().get(1);
        assertThat(failed.outcome()).isEqualTo(LlmCallOutcome.SERVER_ERROR);
        assertThat(failed.error()).contains("server had an error");
        assertThat(failed.response()).isNull();
    }

    @Test
    void theKeyGoesOnlyIntoTheAuthorizationHeaderNeverIntoLogsOrCallRecords() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        root.addAppender(logged);
        try {
            fake.enqueue(FakeOpenAiReply.error(401, "Incorrect API key provided: " + Contexts.KEY),
                    FakeOpenAiReply.serverError(), FakeOpenAiReply.answer("garbage"), FakeOpenAiReply.answer(LONG));
            LlmVoter voter = voter(OutputMode.JSON_SCHEMA);
            for (int i = 0; i < 4; i++) {
                voter.vote(Contexts.flat());
            }
        } finally {
            root.detachAppender(logged);
        }

        assertThat(fake.requests()).allSatisfy(request ->
                assertThat(request.authorization()).isEqualTo("Bearer " + Contexts.KEY));
        assertThat(logged.list).isNotEmpty().allSatisfy(event -> {
            assertThat(event.getFormattedMessage()).doesNotContain(Contexts.KEY);
            if (event.getThrowableProxy() != null) {
                assertThat(ThrowableProxyUtil.asString(event.getThrowableProxy())).doesNotContain(Contexts.KEY);
            }
        });
        assertThat(log.calls()).hasSize(4).allSatisfy(call -> assertThat(call.toString()).doesNotContain(Contexts.KEY));
        assertThat(log.calls().getFirst().outcome()).isEqualTo(LlmCallOutcome.REFUSED);
        assertThat(Contexts.provider("x", fake.baseUrl(), OutputMode.JSON_MODE).toString()).doesNotContain(Contexts.KEY);
    }

    @Test
    void aProviderNeverHasMoreCallsInFlightThanItsLimit() {
        fake.otherwise(FakeOpenAiReply.answer(LONG).after(Duration.ofMillis(150)));
        LlmProvider oneAtATime = new LlmProvider("ollama", fake.baseUrl(), "llama3.1", ApiKey.of("none"),
                Duration.ofSeconds(10), OutputMode.JSON_MODE, 1);
        OpenAiEndpoint shared = new OpenAiEndpoint(oneAtATime);
        LlmVoter first = new LlmVoter(shared, log, Briefing.marketOnly(10));
        LlmVoter second = new LlmVoter(shared, log, Briefing.marketOnly(10));
        LlmVoter third = new LlmVoter(shared, log, Briefing.marketOnly(10));

        var ballots = VotingRound.ask(Stream.of(first, second, third)
                .map(voter -> new VotingRound.Seat(voter.id(), voter.timeout(), () -> voter.vote(Contexts.flat())))
                .toList());

        assertThat(ballots).hasSize(3).allSatisfy(ballot -> assertThat(ballot).isInstanceOf(Vote.class));
        var requests = fake.requests();
        assertThat(requests).hasSize(3);
        for (int i = 0; i < requests.size(); i++) {
            for (int j = i + 1; j < requests.size(); j++) {
                assertThat(requests.get(i).overlaps(requests.get(j))).as("calls %d and %d overlapped", i, j).isFalse();
            }
        }
    }

    private LlmVoter voter(OutputMode mode) {
        return new LlmVoter(new OpenAiEndpoint(Contexts.provider("deepseek", fake.baseUrl(), mode)), log,
                Briefing.marketOnly(10));
    }
}
