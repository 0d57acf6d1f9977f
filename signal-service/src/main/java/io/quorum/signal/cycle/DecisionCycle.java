package io.quorum.signal.cycle;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.market.CandleClosed;
import io.quorum.contracts.market.Instruments;
import io.quorum.signal.bots.AiBot;
import io.quorum.signal.bots.AiBots;
import io.quorum.signal.bots.Positions;
import io.quorum.signal.bots.Positions.Held;
import io.quorum.signal.context.MarketContext;
import io.quorum.signal.llm.VotingRound;
import io.quorum.signal.cycle.Panels.Panel;
import io.quorum.signal.voting.Ballot;
import io.quorum.signal.voting.Consensus;
import io.quorum.signal.voting.Decision;
import io.quorum.signal.voting.Thresholds;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The decision cycle: every closed candle is stored; the close of a bot's decision interval (15m) makes
 * each RUNNING AI bot on the symbol decide once. Voters are asked outside any transaction (an LLM may take
 * seconds); then the decision, its ballots, its {@code SignalDecided} and its order intent commit together
 * ({@link DecisionCommit}), unless the bot already decided on this candle (a redelivery) or was stopped meanwhile.
 */
public class DecisionCycle {

    private static final Logger LOG = LoggerFactory.getLogger(DecisionCycle.class);

    private final TransactionTemplate transactions;
    private final Candles candles;
    private final AiBots bots;
    private final Positions positions;
    private final Panels panels;
    private final TradePlanner planner;
    private final DecisionCommit commit;
    private final StopLossWatch watch;
    private final ContextAssembly assembly;

    public DecisionCycle(TransactionTemplate transactions, Candles candles, AiBots bots, Positions positions, Panels panels,
                         TradePlanner planner, DecisionCommit commit, StopLossWatch watch) {
        this.transactions = transactions;
        this.candles = candles;
        this.bots = bots;
        this.positions = positions;
        this.panels = panels;
        this.planner = planner;
        this.commit = commit;
        this.watch = watch;
        this.assembly = new ContextAssembly(candles);
    }

    /**
     * The stop-loss monitor looks first, on every candle: one that triggers decides STOP_LOSS at the candle's close,
     * and the panel then finds that decision taken and skips (one decision per bot and instant).
     */
    public void onCandle(Envelope<?> envelope, CandleClosed candle) {
        transactions.executeWithoutResult(status -> candles.store(candle));
        watch.onCandle(envelope, candle);
        List<AiBot> deciding = bots.runningOn(candle.symbol()).stream()
                .filter(bot -> bot.trend().decisionInterval() == candle.interval())
                .toList();
        // bots decide side by side: each waits on its own voters, none on another bot's
        List<Future<?>> decided;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            decided = deciding.stream().<Future<?>>map(bot -> threads.submit(() -> decide(envelope, candle, bot))).toList();
        }
        rethrowFirstFailure(candle, decided);
    }

    /**
     * One bot's failure does not cost the others their decision (they all ran to the end), but it is
     * not swallowed either: the candle's record fails, so it is delivered again (and dead-lettered if it
     * keeps failing). The bots that decided skip it then — a decision is stored once per bot and candle
     * — and LLM answers already given are reused, so only the failed bots decide again.
     */
    private static void rethrowFirstFailure(CandleClosed candle, List<Future<?>> decided) {
        IllegalStateException failed = null;
        for (Future<?> decision : decided) {
            if (decision.state() == Future.State.FAILED) {
                Throwable cause = decision.exceptionNow();
                if (failed == null) {
                    failed = new IllegalStateException("a bot could not decide on " + candle.symbol() + " at "
                            + candle.closeTime() + "; the candle will be delivered again", cause);
                } else {
                    failed.addSuppressed(cause);
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    private void decide(Envelope<?> envelope, CandleClosed candle, AiBot bot) {
        Instant at = candle.closeTime();
        if (commit.exists(bot, at)) {
            return;
        }
        Optional<Held> held = positions.openOf(bot.botId());
        MarketContext market = assembly.at(bot.symbol(), at, held.map(Held::position).orElse(null));
        Panel panel = panels.seat(bot, market);
        if (panel.seats().isEmpty()) {
            LOG.warn("bot {} has no voter this service can seat ({}); nothing decided at {}", bot.botId(),
                    bot.trend().voters(), at);
            return;
        }
        List<Ballot> ballots = VotingRound.ask(panel.seats());
        Decision decision = new Consensus(Thresholds.fromTemplate(bot.trend().thresholds()))
                .decide(ballots, panel.whyNoLlmVoter());
        TradePlan plan = planner.plan(decision, bot, candle.close(), held, Instruments.of(bot.symbol()));
        commit.commit(envelope, bot, at, decision, plan);
    }
}
