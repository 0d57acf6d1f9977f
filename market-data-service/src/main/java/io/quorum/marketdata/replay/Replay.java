package io.quorum.marketdata.replay;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Interval;
import io.quorum.marketdata.candles.model.Candle;
import io.quorum.marketdata.replay.model.Halt;
import io.quorum.marketdata.replay.model.MinuteMerge;
import io.quorum.marketdata.replay.model.RecordedCandles;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays the recorded 1m candles of every configured symbol, minute by minute in market time:
 * for each candle its ticks go to Kafka, then the candle and what it closes are recorded. Each
 * symbol resumes right after its cursor, so a restart neither repeats nor skips a minute.
 * Runs in the caller's thread; {@link ReplayRunner} gives it its own.
 */
public class Replay {

    /** What a run did: how many 1m candles it replayed, the last one's open time, and whether it reached the end. */
    public record Outcome(int minutes, Instant lastMinute, boolean reachedEnd) {
    }

    private static final Logger log = LoggerFactory.getLogger(Replay.class);

    private final List<Symbol> symbols;
    private final Duration speed;
    private final ReplayCursors cursors;
    private final TickPublisher ticks;
    private final MinuteRecorder recorder;

    public Replay(ReplaySettings settings, ReplayCursors cursors, TickPublisher ticks, MinuteRecorder recorder) {
        this.symbols = settings.symbols();
        this.speed = settings.speed();
        this.cursors = cursors;
        this.ticks = ticks;
        this.recorder = recorder;
    }

    /** Replays the window to its end (or the end of the data) in this thread; for tests and the launcher. */
    public Outcome run(ReplayWindow window) {
        return run(window, Halt.never());
    }

    public Outcome run(ReplayWindow window, Halt halt) {
        List<RecordedCandles> sources = new ArrayList<>();
        try {
            for (Symbol symbol : symbols) {
                Instant resume = cursors.lastReplayed(symbol).map(last -> last.plus(Interval.M1.length())).orElse(Instant.MIN);
                sources.add(RecordedCandles.open(symbol, window.startNotBefore(resume), window.until()));
            }
            return replay(new MinuteMerge(sources), halt);
        } finally {
            sources.forEach(RecordedCandles::close);
        }
    }

    private Outcome replay(MinuteMerge minutes, Halt halt) {
        int replayed = 0;
        Instant currentMinute = null;
        long nextMinuteDue = System.nanoTime();
        while (minutes.hasNext()) {
            Candle minute = minutes.next();
            if (!minute.openTime().equals(currentMinute)) {
                // one market minute of every symbol per `speed` of wall time; no catch-up bursts after a slow minute
                long now = System.nanoTime();
                if (halt.requested() || (nextMinuteDue > now && halt.awaitRequest(Duration.ofNanos(nextMinuteDue - now)))) {
                    log.info("replay halted after {} minutes, last {}", replayed, currentMinute);
                    return new Outcome(replayed, currentMinute, false);
                }
                nextMinuteDue = Math.max(nextMinuteDue, now) + speed.toNanos();
                currentMinute = minute.openTime();
            }
            ticks.publish(minute);
            recorder.record(minute);
            replayed++;
        }
        log.info("replay reached the end of its window or data: {} minutes replayed, last {}; stopping", replayed, currentMinute);
        return new Outcome(replayed, currentMinute, true);
    }
}
