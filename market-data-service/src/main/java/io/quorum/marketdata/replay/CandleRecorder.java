package io.quorum.marketdata.replay;

import io.quorum.marketdata.candles.Candles;
import io.quorum.marketdata.candles.model.Candle;
import io.quorum.marketdata.candles.model.Rollup;
import io.quorum.marketdata.metrics.MarketDataMetrics;
import io.quorum.marketdata.platform.Outbox;
import io.quorum.marketdata.replay.model.MarketEvents;
import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records one replayed candle (one step of the replay) in one transaction: the candle, every
 * longer candle it closes, the replay cursor, and a CandleClosed in the outbox for each closed
 * candle, the longest first. Either all of it is there after a crash, or none of it and the step is replayed again.
 */
public class CandleRecorder {

    private final Candles candles;
    private final ReplayCursors cursors;
    private final Outbox outbox;
    private final MarketDataMetrics metrics;

    public CandleRecorder(Candles candles, ReplayCursors cursors, Outbox outbox, MarketDataMetrics metrics) {
        this.candles = candles;
        this.cursors = cursors;
        this.outbox = outbox;
        this.metrics = metrics;
    }

    /** Returns the candles this step closed: itself first, then the longer ones, shortest first. */
    @Transactional
    public List<Candle> record(Candle step) {
        List<Candle> closed = new ArrayList<>();
        closed.add(step);
        Rollup.lookbackFrom(step).ifPresent(from -> closed.addAll(
                Rollup.closedCandles(step, candles.between(step.symbol(), step.interval(), from, step.openTime()))));
        // published longest first: a consumer deciding on the step or 15m candle (signal-service) then
        // already holds the 1h and 4h candles that close at the same instant
        for (Candle candle : closed.reversed()) {
            candles.add(candle);
            outbox.add(MarketEvents.candleClosed(candle));
            metrics.candleRecorded(candle.symbol(), candle.interval());
        }
        cursors.advance(step.symbol(), step.openTime());
        return closed;
    }
}
