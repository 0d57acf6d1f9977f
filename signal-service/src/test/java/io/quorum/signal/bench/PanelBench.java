package io.quorum.signal.bench;

import io.quorum.signal.context.MarketContext;
import io.quorum.signal.llm.Briefing;
import io.quorum.signal.llm.InMemoryLlmCallLog;
import io.quorum.signal.llm.LlmEndpoint;
import io.quorum.signal.llm.LlmVoter;
import io.quorum.signal.llm.OpenAiEndpoint;
import io.quorum.signal.llm.VotingRound;
import io.quorum.signal.llm.VotingRound.Seat;
import io.quorum.signal.technical.EmaCrossVoter;
import io.quorum.signal.technical.RsiBandVoter;
import io.quorum.signal.voting.Abstention;
import io.quorum.signal.voting.Ballot;
import io.quorum.signal.voting.Consensus;
import io.quorum.signal.voting.Decision;
import io.quorum.signal.voting.Thresholds;
import io.quorum.testkit.FakeOpenAi;
import io.quorum.testkit.FakeOpenAiReply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One decision of one bot, as the decision cycle takes it (a voter per decision, {@code VotingRound}, then
 * {@code Consensus}), timed from seating the panel to the decision. Every LLM provider is a separate endpoint on
 * the fake, which answers each call after exactly {@code latency}; the calls go through langchain4j's client.
 */
final class PanelBench {

    private static final Duration TECHNICAL_TIMEOUT = Duration.ofSeconds(10);
    /**
     * Decisions before the measured ones, so ta4j's, the JSON reader's and the HTTP client's code is compiled
     * first: with 20 the first measured decisions still ran partly interpreted, which showed as the maxima.
     */
    private static final int WARM_UP = 100;

    private final MarketContext market = BenchMarket.market();
    private final Consensus consensus = new Consensus(Thresholds.defaults());
    private final InMemoryLlmCallLog log = new InMemoryLlmCallLog();
    private final Duration latency;
    private final int decisions;
    /** The single LLM voter's median and max, measured first in the same conditions: what a panel is compared with. */
    private Duration single;
    private Duration singleMax;

    PanelBench(Duration latency, int decisions) {
        this.latency = latency;
        this.decisions = decisions;
    }

    void run() {
        try (FakeOpenAi fake = FakeOpenAi.start()) {
            fake.otherwise(FakeOpenAiReply.answer(BenchMarket.LONG).after(latency));
            List<LlmEndpoint> llms = Stream.of("gpt", "deepseek", "qwen")
                    .<LlmEndpoint>map(name -> new OpenAiEndpoint(BenchMarket.provider(name, fake.baseUrl(), Duration.ofSeconds(5), 8)))
                    .toList();
            System.out.printf("%n== One decision: voters asked in parallel (each LLM answers after %s; %d decisions per panel after %d to warm up; load %s)%n",
                    BenchMarket.ms(latency), decisions, WARM_UP, BenchMarket.load());
            System.out.println("| panel | decisions | median | p90 | max | median / 1 voter's median | max / 1 voter's max | max / "
                    + BenchMarket.ms(latency) + " | target: max ≤ 1.2 × " + BenchMarket.ms(latency) + " |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            measure("1 LLM voter (the single-voter time)", llms.subList(0, 1), false);
            measure("3 LLM voters", llms, false);
            measure("3 LLM + ema-cross + rsi-bands", llms, true);
            measure("ema-cross + rsi-bands alone (their cost)", List.of(), true);
            System.out.printf("load after: %s; LLM calls made: %d%n", BenchMarket.load(), log.calls().size());
        }
    }

    private void measure(String panel, List<LlmEndpoint> llms, boolean technical) {
        System.gc(); // the previous panel's garbage is not collected during this one's measurement
        for (int i = 0; i < WARM_UP; i++) {
            decide(llms, technical);
        }
        List<Duration> times = new ArrayList<>();
        for (int i = 0; i < decisions; i++) {
            long started = System.nanoTime();
            decide(llms, technical);
            times.add(Duration.ofNanos(System.nanoTime() - started));
        }
        List<Duration> sorted = times.stream().sorted().toList();
        Duration median = BenchMarket.percentile(sorted, 0.5);
        Duration max = sorted.getLast();
        if (single == null) {
            single = median;
            singleMax = max;
        }
        double ratio = max.toNanos() / (double) latency.toNanos();
        System.out.printf("| %s | %d | %s | %s | %s | %.3f | %.3f | %.3f | %s |%n", panel, decisions, BenchMarket.ms(median),
                BenchMarket.ms(BenchMarket.percentile(sorted, 0.9)), BenchMarket.ms(max), median.toNanos() / (double) single.toNanos(),
                max.toNanos() / (double) singleMax.toNanos(), ratio, ratio <= 1.2 ? "met" : "missed");
    }

    private Decision decide(List<LlmEndpoint> llms, boolean technical) {
        List<Seat> seats = new ArrayList<>();
        llms.forEach(endpoint -> seats.add(Seat.of(new LlmVoter(endpoint, log, Briefing.marketOnly(10)), market)));
        if (technical) {
            seats.add(Seat.of(new EmaCrossVoter(), TECHNICAL_TIMEOUT, market));
            seats.add(Seat.of(new RsiBandVoter(), TECHNICAL_TIMEOUT, market));
        }
        List<Ballot> ballots = VotingRound.ask(seats);
        ballots.stream().filter(Abstention.class::isInstance).findFirst().ifPresent(abstained -> {
            throw new IllegalStateException("a voter abstained, so the round is not what is measured: " + abstained);
        });
        return consensus.decide(ballots);
    }
}
