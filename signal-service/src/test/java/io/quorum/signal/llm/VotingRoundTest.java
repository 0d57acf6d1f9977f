package io.quorum.signal.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.signal.context.MarketContext;
import io.quorum.signal.voting.Abstention;
import io.quorum.signal.voting.AbstentionReason;
import io.quorum.signal.voting.Action;
import io.quorum.signal.voting.Ballot;
import io.quorum.signal.voting.Vote;
import io.quorum.signal.voting.VoterId;
import io.quorum.testkit.FakeOpenAi;
import io.quorum.testkit.FakeOpenAiReply;
import io.quorum.testkit.FakeOpenAiRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VotingRoundTest {

    private static final String HOLD = "{\"action\":\"hold\",\"confidence\":0.5,\"explanation\":\"no clear trend\"}";

    private final FakeOpenAi fake = FakeOpenAi.start();
    private final InMemoryLlmCallLog log = new InMemoryLlmCallLog();

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void threeVotersAnsweringInTwoSecondsAreAskedAtTheSameTime() {
        // long enough that three calls asked in turn could not overlap even on a loaded machine, short of the 5 s timeout
        fake.otherwise(FakeOpenAiReply.answer(HOLD).after(Duration.ofSeconds(2)));
        List<LlmVoter> panel = List.of("openai", "deepseek", "qwen").stream()
                .map(name -> new LlmVoter(new OpenAiEndpoint(Contexts.provider(name, fake.baseUrl(), OutputMode.JSON_MODE)), log,
                        Contexts.always(Contexts.flat())))
                .toList();
        MarketContext market = Contexts.flat().market();

        List<Ballot> ballots = VotingRound.ask(panel.stream().map(voter -> VotingRound.Seat.of(voter, market)).toList());

        assertThat(ballots).extracting(Ballot::voter).extracting(VoterId::name).containsExactly("openai", "deepseek", "qwen");
        assertThat(ballots).allSatisfy(ballot -> assertThat(((Vote) ballot).action()).isEqualTo(Action.HOLD));
        List<FakeOpenAiRequest> calls = fake.requests();
        assertThat(calls).hasSize(3);
        assertThat(calls).allSatisfy(call -> assertThat(calls).allSatisfy(
                other -> assertThat(call.overlaps(other)).as("every call was in flight while the others were").isTrue()));
    }

    @Test
    void aVoterPastItsTimeoutAbstainsWithoutHoldingBackTheOthers() {
        CountDownLatch never = new CountDownLatch(1);
        VoterId stuck = VoterId.llm("stuck");
        VoterId quick = VoterId.technical("rsi-bands");
        VoterId broken = VoterId.technical("broken");

        List<Ballot> ballots = VotingRound.ask(List.of(
                new VotingRound.Seat(stuck, Duration.ofMillis(200), () -> {
                    try {
                        never.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return Vote.of(stuck, Action.LONG, BigDecimal.ONE, "too late");
                }),
                new VotingRound.Seat(quick, Duration.ofSeconds(30), () -> Vote.of(quick, Action.SHORT, BigDecimal.ONE, "RSI 81")),
                new VotingRound.Seat(broken, Duration.ofSeconds(30), () -> {
                    throw new IllegalStateException("indicator blew up");
                })));

        assertThat(ballots.get(0)).isInstanceOfSatisfying(Abstention.class,
                abstention -> assertThat(abstention.reason()).isEqualTo(AbstentionReason.TIMEOUT));
        assertThat(ballots.get(1)).isInstanceOfSatisfying(Vote.class,
                vote -> assertThat(vote.action()).isEqualTo(Action.SHORT));
        assertThat(ballots.get(2)).isInstanceOfSatisfying(Abstention.class,
                abstention -> assertThat(abstention.detail()).contains("indicator blew up"));
    }
}
