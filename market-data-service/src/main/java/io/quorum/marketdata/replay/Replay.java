package io.quorum.marketdata.replay;

import io.quorum.contracts.ids.Symbol;
import io.quorum.marketdata.candles.model.Candle;
import io.quorum.marketdata.replay.model.Halt;
import io.quorum.marketdata.replay.model.CandleMerge;
import io.quorum.marketdata.replay.model.RecordedCandles;
import io.quorum.marketdata.replay.model.Recording;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays the recorded candles of every configured symbol, step by step in market time (a step is
 * the recording's interval, 1m for the shipped data): for each candle its ticks go to Kafka, then
 * the candle and what it closes are recorded. Each symbol resumes right after its cursor, so a
 * restart neither repeats nor skips a step.
 * Runs in the caller's thread; {@link ReplayRunner} gives it its own.
 */
public class Replay {

    /** What a run did: how many recorded candles it replayed (all symbols), the last step's open time, and whether it reached the end. */
    public record Outcome(int candles, Instant lastStep, boolean reachedEnd) {
    }

    private static final Logger log = LoggerFactory.getLogger(Replay.class);

    private final List<Symbol> symbols;
    private final Recording recording;
    private final Duration speed;
    private final ReplayCursors cursors;
    private final TickPublisher ticks;
    private final CandleRecorder recorder;
    private final PipelineBarrier afterStep;

    public Replay(ReplaySettings settings, ReplayCursors cursors, TickPublisher ticks, CandleRecorder recorder) {
        this(settings, cursors, ticks, recorder, PipelineBarrier.none());
    }

    /**
     * @param afterStep holds the replay once a step's candles are recorded, until what they caused has settled (in
     *                  lockstep: a decision taken on a candle's close is on the venue before the next tick)
     */
    public Replay(ReplaySettings settings, ReplayCursors cursors, TickPublisher ticks, CandleRecorder recorder,
                  PipelineBarrier afterStep) {
        this.symbols = settings.symbols();
        this.recording = settings.source();
        this.speed = settings.speed();
        this.cursors = cursors;
        this.ticks = ticks;
        this.recorder = recorder;
        this.afterStep = afterStep;
    }

    /** Replays the window to its end (or the end of the data) in this thread; for tests and the launcher. */
    public Outcome run(ReplayWindow window) {
        return run(window, Halt.never());
    }

    public Outcome run(ReplayWindow window, Halt halt) {
        List<RecordedCandles> sources = new ArrayList<>();
        try {
            for (Symbol symbol : symbols) {
                Instant resume = cursors.lastReplayed(symbol).map(last -> last.plus(recording.interval().length())).orElse(Instant.MIN);
                sources.add(RecordedCandles.open(recording, symbol, window.startNotBefore(resume), window.until()));
            }
            return replay(new CandleMerge(sources), halt);
        } finally {
            sources.forEach(RecordedCandles::close);
        }
    }

    private Outcome replay(CandleMerge steps, Halt halt) {
        int replayed = 0;
        Instant currentStep = null;
        long nextStepDue = System.nanoTime();
        while (steps.hasNext()) {
            Candle candle = steps.next();
            if (!candle.openTime().equals(currentStep)) {
                // one step of every symbol per `speed` of wall time; no catch-up bursts after a slow step
                long now = System.nanoTime();
                if (halt.requested() || (nextStepDue > now && halt.awaitRequest(Duration.ofNanos(nextStepDue - now)))) {
                    log.info("replay halted after {} candles, last step {}", replayed, currentStep);
                    return new Outcome(replayed, currentStep, false);
                }
                nextStepDue = Math.max(nextStepDue, now) + speed.toNanos();
                currentStep = candle.openTime();
            }
            ticks.publish(candle);
            recorder.record(candle);
            afterStep.awaitSettled();
            replayed++;
        }
        log.info("replay reached the end of its window or data: {} candles replayed, last step {}; stopping", replayed, currentStep);
        return new Outcome(replayed, currentStep, true);
    }
}
