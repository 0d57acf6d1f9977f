package io.quorum.signal.bench;

import io.quorum.signal.context.MarketContext;
import io.quorum.signal.llm.Briefing;
import io.quorum.signal.llm.InMemoryLlmCallLog;
import io.quorum.signal.llm.LlmEndpoint;
import io.quorum.signal.llm.LlmVoter;
import io.quorum.signal.llm.OpenAiEndpoint;
import io.quorum.signal.llm.VotingRound;
import io.quorum.signal.llm.VotingRound.Seat;
import io.quorum.signal.voting.Abstention;
import io.quorum.signal.voting.Ballot;
import io.quorum.signal.voting.Consensus;
import io.quorum.signal.voting.Thresholds;
import io.quorum.testkit.FakeOpenAi;
import io.quorum.testkit.FakeOpenAiReply;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many AI bots deciding on the same candle close, as the decision cycle runs them: a virtual thread per bot,
 * each with its own {@code VotingRound} of one LLM voter, every voter on one provider (one shared endpoint, whose
 * semaphore is the provider's concurrency limit). The provider's timeout must cover the wait for a slot: the last
 * bot waits about (bots / limit − 1) × latency before its call starts.
 */
final class CrowdBench {

    private final MarketContext market = BenchMarket.market();
    private final Consensus consensus = new Consensus(Thresholds.defaults());
    private final int bots;
    private final int limit;
    private final Duration latency;
    private final Duration timeout;

    CrowdBench(int bots, int limit, Duration latency, Duration timeout) {
        this.bots = bots;
        this.limit = limit;
        this.latency = latency;
        this.timeout = timeout;
    }

    /** A round of {@code limit × 2} bots first, so the client's code is compiled before the first measured run. */
    void warmUp() {
        new CrowdBench(limit * 2, limit, latency, timeout).once(0);
    }

    void run(int repetitions) {
        long rounds = (bots + limit - 1) / limit;
        Duration implied = latency.multipliedBy(rounds);
        System.out.printf("%n== %d AI bots deciding at one candle close: 1 LLM voter each, one provider, limit %d in flight, "
                        + "latency %s, provider timeout %s%n", bots, limit, BenchMarket.ms(latency), timeout);
        System.out.printf("the limit implies ceil(%d / %d) × %s = %s; target ≤ %s (+10 %%)%n", bots, limit,
                BenchMarket.ms(latency), BenchMarket.ms(implied), BenchMarket.ms(Duration.ofNanos(implied.toNanos() * 11 / 10)));
        System.out.println("| run | wall | vs implied | calls/s | max in flight at the fake | abstentions | bot's decision p50 | max | load before → after |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (int run = 1; run <= repetitions; run++) {
            once(run);
        }
    }

    private void once(int run) {
        String loadBefore = BenchMarket.load();
        try (FakeOpenAi fake = FakeOpenAi.start()) {
            fake.otherwise(FakeOpenAiReply.answer(BenchMarket.LONG).after(latency));
            LlmEndpoint provider = new OpenAiEndpoint(BenchMarket.provider("crowd", fake.baseUrl(), timeout, limit));
            InMemoryLlmCallLog log = new InMemoryLlmCallLog();
            AtomicInteger abstained = new AtomicInteger();
            Duration[] decided = new Duration[bots];
            long started = System.nanoTime();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int bot = 0; bot < bots; bot++) {
                    int index = bot;
                    threads.submit(() -> {
                        Seat seat = Seat.of(new LlmVoter(provider, log, Briefing.marketOnly(10)), market);
                        List<Ballot> ballots = VotingRound.ask(List.of(seat));
                        if (ballots.getFirst() instanceof Abstention) {
                            abstained.incrementAndGet();
                        }
                        consensus.decide(ballots);
                        decided[index] = Duration.ofNanos(System.nanoTime() - started);
                    });
                }
            }
            Duration wall = Duration.ofNanos(System.nanoTime() - started);
            if (run == 0) {
                return;
            }
            report(run, wall, fake, abstained.get(), Arrays.stream(decided).filter(Objects::nonNull).sorted().toList(), loadBefore);
        }
    }

    private void report(int run, Duration wall, FakeOpenAi fake, int abstentions, List<Duration> decided, String loadBefore) {
        Duration implied = latency.multipliedBy((bots + limit - 1) / limit);
        int calls = fake.requests().size();
        System.out.printf("| %d | %s | %.3f× | %.1f | %d | %d | %s | %s | %s → %s |%n", run, BenchMarket.ms(wall),
                wall.toNanos() / (double) implied.toNanos(), calls / (wall.toNanos() / 1e9), InFlight.max(fake.requests()),
                abstentions, BenchMarket.ms(BenchMarket.percentile(decided, 0.5)), BenchMarket.ms(decided.getLast()),
                loadBefore, BenchMarket.load());
    }
}
