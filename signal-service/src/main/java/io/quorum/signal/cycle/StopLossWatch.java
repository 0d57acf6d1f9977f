package io.quorum.signal.cycle;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.market.CandleClosed;
import io.quorum.contracts.market.Instruments;
import io.quorum.signal.bots.AiBot;
import io.quorum.signal.bots.AiBots;
import io.quorum.signal.bots.Positions;
import io.quorum.signal.bots.Positions.Held;
import io.quorum.signal.monitor.StopLossMonitor;
import io.quorum.signal.voting.Consensus;
import io.quorum.signal.voting.Decision;
import io.quorum.signal.voting.Thresholds;
import io.quorum.signal.voting.Vote;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stop-loss monitor on the event backbone. Every closed candle of a symbol — 1m is the finest market data
 * publishes; candles closing together end at the same price, so a longer one checks nothing a 1m would not, and
 * a feed of 15m candles alone is still watched — marks each RUNNING AI bot's open position at the close. One that
 * reached its {@code stopLossMonitorPercent} of margin gets an out-of-cycle decision: the monitor is the only
 * voter asked, so its STOP_LOSS vote is 1 of 1 and passes any threshold in (0, 1] — the bot's STOP_LOSS threshold
 * (1/3 by default) is applied as to every decision, and the emergency needs no LLM call on a falling position.
 * The decision is stored and published like any other and closes the position with a reduce-only market order.
 * At most once per trade: {@code monitor_triggers} is claimed in the decision's transaction.
 */
public class StopLossWatch {

    private static final Logger LOG = LoggerFactory.getLogger(StopLossWatch.class);

    private final AiBots bots;
    private final Positions positions;
    private final TradePlanner planner;
    private final DecisionCommit commit;
    private final JdbcClient jdbc;

    public StopLossWatch(AiBots bots, Positions positions, TradePlanner planner, DecisionCommit commit, JdbcClient jdbc) {
        this.bots = bots;
        this.positions = positions;
        this.planner = planner;
        this.commit = commit;
        this.jdbc = jdbc;
    }

    public void onCandle(Envelope<?> envelope, CandleClosed candle) {
        Map<BotId, Held> open = positions.openOfRunningOn(candle.symbol());
        if (open.isEmpty()) {
            return;
        }
        for (AiBot bot : bots.runningOn(candle.symbol())) {
            Held held = open.get(bot.botId());
            if (held != null) {
                watch(envelope, candle, bot, held);
            }
        }
    }

    private void watch(Envelope<?> envelope, CandleClosed candle, AiBot bot, Held held) {
        Instant at = candle.closeTime();
        Optional<Vote> vote = StopLossMonitor.check(held.position(), held.leverage(), candle.close(),
                bot.trend().stopLossMonitorPercent());
        if (vote.isEmpty() || alreadyTriggered(bot, held) || commit.exists(bot, at)) {
            return;
        }
        Decision counted = new Consensus(Thresholds.fromTemplate(bot.trend().thresholds())).decide(List.of(vote.get()));
        Decision decision = new Decision(counted.action(), counted.tally(), counted.required(), counted.voters(),
                counted.abstentions(), counted.technicalOnly(), "out-of-cycle decision of the stop-loss monitor on the "
                + candle.interval().label() + " close: " + counted.reason(), counted.ballots());
        TradePlan plan = planner.plan(decision, bot, candle.close(), Optional.of(held), Instruments.of(bot.symbol()));
        if (commit.commit(envelope, bot, at, decision, plan, () -> claim(bot, held, at))) {
            LOG.info("bot {}: stop-loss monitor triggered at {}: {}", bot.botId(), at, vote.get().explanation());
        }
    }

    private boolean alreadyTriggered(AiBot bot, Held held) {
        return jdbc.sql("select count(*) from monitor_triggers where bot_id = ? and trade_opened_at = ?")
                .params(bot.botId().value(), Timestamp.from(held.openedAt())).query(Integer.class).single() > 0;
    }

    private boolean claim(AiBot bot, Held held, Instant at) {
        return jdbc.sql("insert into monitor_triggers (bot_id, trade_opened_at, decided_at) values (?, ?, ?) on conflict do nothing")
                .params(bot.botId().value(), Timestamp.from(held.openedAt()), Timestamp.from(at)).update() == 1;
    }
}
