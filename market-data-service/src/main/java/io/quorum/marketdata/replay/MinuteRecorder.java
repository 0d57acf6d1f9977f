package io.quorum.marketdata.replay;

import io.quorum.marketdata.candles.Candles;
import io.quorum.marketdata.candles.model.Candle;
import io.quorum.marketdata.candles.model.Rollup;
import io.quorum.marketdata.platform.Outbox;
import io.quorum.marketdata.replay.model.MarketEvents;
import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records one replayed minute in one transaction: the 1m candle, every longer candle it closes,
 * the replay cursor, and a CandleClosed in the outbox for each closed candle. Either all of it is
 * there after a crash, or none of it and the minute is replayed again.
 */
public class MinuteRecorder {

    private final Candles candles;
    private final ReplayCursors cursors;
    private final Outbox outbox;

    public MinuteRecorder(Candles candles, ReplayCursors cursors, Outbox outbox) {
        this.candles = candles;
        this.cursors = cursors;
        this.outbox = outbox;
    }

    /** Returns the candles this minute closed: itself first, then the longer ones, shortest first. */
    @Transactional
    public List<Candle> record(Candle minute) {
        List<Candle> closed = new ArrayList<>();
        closed.add(minute);
        Rollup.lookbackFrom(minute).ifPresent(from -> closed.addAll(
                Rollup.closedCandles(minute, candles.minutes(minute.symbol(), from, minute.openTime()))));
        for (Candle candle : closed) {
            candles.add(candle);
            outbox.add(MarketEvents.candleClosed(candle));
        }
        cursors.advance(minute.symbol(), minute.openTime());
        return closed;
    }
}
