package io.quorum.signal.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.signal.voting.Abstention;
import io.quorum.signal.voting.AbstentionReason;
import io.quorum.signal.voting.Ballot;
import io.quorum.testkit.FakeOpenAi;
import io.quorum.testkit.FakeOpenAiReply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordedAnswersTest {

    private static final String SHORT = """
            {"action":"short","confidence":0.66,"explanation":"lower highs on the 1h","stop_loss":65400}""";

    private final FakeOpenAi fake = FakeOpenAi.start();

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void aReplayAnswersTheSamePromptWithTheRecordedAnswerWithoutAnyHttpCall() {
        LlmProvider provider = Contexts.provider("deepseek", fake.baseUrl(), OutputMode.JSON_SCHEMA);
        InMemoryLlmCallLog liveLog = new InMemoryLlmCallLog();
        fake.enqueue(FakeOpenAiReply.answer(SHORT));
        Ballot live = new LlmVoter(new OpenAiEndpoint(provider), liveLog, Briefing.marketOnly(10)).vote(Contexts.flat());
        int callsOfTheLiveRun = fake.requests().size();

        InMemoryLlmCallLog replayLog = new InMemoryLlmCallLog();
        LlmVoter replaying = new LlmVoter(new RecordedAnswers(provider, liveLog.calls()), replayLog, Briefing.marketOnly(10));
        Ballot first = replaying.vote(Contexts.flat());
        Ballot second = replaying.vote(Contexts.flat());

        assertThat(first).isEqualTo(live);
        assertThat(second).isEqualTo(live);
        assertThat(fake.requests()).hasSize(callsOfTheLiveRun);
        assertThat(replayLog.calls()).hasSize(2).allSatisfy(call -> {
            assertThat(call.replayed()).isTrue();
            assertThat(call.response()).isEqualTo(SHORT);
            assertThat(call.prompt()).isEqualTo(liveLog.calls().getFirst().prompt());
        });
    }

    @Test
    void aRecordedFailureReplaysAsTheSameAbstention() {
        LlmProvider provider = Contexts.provider("qwen", fake.baseUrl(), OutputMode.JSON_MODE);
        InMemoryLlmCallLog liveLog = new InMemoryLlmCallLog();
        fake.enqueue(FakeOpenAiReply.serverError());
        Ballot live = new LlmVoter(new OpenAiEndpoint(provider), liveLog, Briefing.marketOnly(10)).vote(Contexts.flat());

        Ballot replayed = new LlmVoter(new RecordedAnswers(provider, liveLog.calls()), new InMemoryLlmCallLog(), Briefing.marketOnly(10))
                .vote(Contexts.flat());

        assertThat(replayed).isEqualTo(live);
    }

    @Test
    void aPromptNeverRecordedAbstainsInsteadOfCallingTheEndpoint() {
        LlmProvider provider = Contexts.provider("deepseek", fake.baseUrl(), OutputMode.JSON_SCHEMA);
        InMemoryLlmCallLog liveLog = new InMemoryLlmCallLog();
        fake.enqueue(FakeOpenAiReply.answer(SHORT));
        new LlmVoter(new OpenAiEndpoint(provider), liveLog, Briefing.marketOnly(10)).vote(Contexts.flat());

        Ballot other = new LlmVoter(new RecordedAnswers(provider, liveLog.calls()), new InMemoryLlmCallLog(), Briefing.marketOnly(10))
                .vote(Contexts.longPosition());

        assertThat(other).isInstanceOfSatisfying(Abstention.class, abstention -> {
            assertThat(abstention.reason()).isEqualTo(AbstentionReason.NOT_ENOUGH_DATA);
            assertThat(abstention.detail()).contains("not in the recording");
        });
        assertThat(fake.requests()).hasSize(1);
    }

    @Test
    void anAnswerRecordedAfterAFailureOfTheSamePromptIsWhatTheReplayGives() {
        LlmProvider provider = Contexts.provider("deepseek", fake.baseUrl(), OutputMode.JSON_SCHEMA);
        InMemoryLlmCallLog liveLog = new InMemoryLlmCallLog();
        fake.enqueue(FakeOpenAiReply.serverError(), FakeOpenAiReply.answer(SHORT));
        LlmVoter live = new LlmVoter(new OpenAiEndpoint(provider), liveLog, Briefing.marketOnly(10));
        live.vote(Contexts.flat());
        Ballot answered = live.vote(Contexts.flat());

        Ballot replayed = new LlmVoter(new RecordedAnswers(provider, liveLog.calls()), new InMemoryLlmCallLog(),
                Briefing.marketOnly(10)).vote(Contexts.flat());

        assertThat(replayed).isEqualTo(answered);
    }

    @Test
    void aRecordingWrittenToAFileAndReadBackAnswersWithTheRecordedLatencyAndTokens(@TempDir Path folder) throws Exception {
        LlmProvider provider = Contexts.provider("deepseek", fake.baseUrl(), OutputMode.JSON_SCHEMA);
        InMemoryLlmCallLog liveLog = new InMemoryLlmCallLog();
        fake.enqueue(FakeOpenAiReply.answer(SHORT).withUsage(900, 60).after(Duration.ofMillis(50)));
        Ballot live = new LlmVoter(new OpenAiEndpoint(provider), liveLog, Briefing.marketOnly(10)).vote(Contexts.flat());
        LlmCall recorded = liveLog.calls().getFirst();
        Path file = folder.resolve("calls.jsonl");
        Files.writeString(file, CallRecording.line(recorded, "VOTE") + "\n");

        InMemoryLlmCallLog replayLog = new InMemoryLlmCallLog();
        Ballot replayed = new LlmVoter(new RecordedAnswers(provider, CallRecording.read(file)), replayLog,
                Briefing.marketOnly(10)).vote(Contexts.flat());

        assertThat(replayed).isEqualTo(live);
        assertThat(replayLog.calls()).singleElement().satisfies(call -> {
            assertThat(call.replayed()).isTrue();
            assertThat(call.latency()).isEqualTo(Duration.ofMillis(recorded.latency().toMillis()));
            assertThat(call.promptTokens()).isEqualTo(900);
            assertThat(call.completionTokens()).isEqualTo(60);
        });
        assertThat(fake.requests()).hasSize(1);
    }

    @Test
    void aRecordingLineThatIsNoCallIsRefusedWithItsLineNumber(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("calls.jsonl");
        Files.writeString(file, "\n{\"provider\":\"llm:x\",\"model\":\"m\"}\n");

        assertThatThrownBy(() -> CallRecording.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
    }
}
