package io.quorum.marketdata.live;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Interval;
import io.quorum.marketdata.candles.model.Candle;
import io.quorum.marketdata.replay.CandleRecorder;
import io.quorum.marketdata.replay.ReplayCursors;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the exchange's closed 1m candles exactly once each and in order, through the replay's
 * {@link CandleRecorder} (the candle, the longer candles it closes, the cursor and their
 * CandleClosed events in one transaction). The cursor — the last recorded minute per symbol,
 * persisted with it — makes this idempotent across reconnects and restarts: a minute at or before
 * it is skipped, and a minute after a gap is recorded only once the gap is filled from REST.
 * Called from the live feed's one thread only.
 */
public class LiveCandles {

    private static final Logger log = LoggerFactory.getLogger(LiveCandles.class);
    private static final Duration MINUTE = Interval.M1.length();
    private static final Duration FIRST_START_HISTORY = Duration.ofHours(24);

    private final CandleRecorder recorder;
    private final ReplayCursors cursors;
    private final BybitKlines klines;

    public LiveCandles(CandleRecorder recorder, ReplayCursors cursors, BybitKlines klines) {
        this.recorder = recorder;
        this.cursors = cursors;
        this.klines = klines;
    }

    /** A confirmed kline from the stream: recorded unless already there; a gap before it is backfilled first. */
    public void closed(Candle candle) {
        Optional<Instant> last = cursors.lastReplayed(candle.symbol());
        if (last.isPresent() && candle.openTime().isAfter(last.get().plus(MINUTE))) {
            backfill(candle.symbol(), candle.openTime());
        }
        recordOnce(candle);
    }

    /**
     * Fetches and records every closed minute after the cursor, up to {@code until} (exclusive) or
     * the exchange's now, in pages of at most 1000. With no cursor yet (first start) it begins 24 h
     * back, on a 4h boundary, so the 24h stats and every roll-up are whole from the first close on.
     */
    public int backfill(Symbol symbol, Instant until) {
        Instant start = cursors.lastReplayed(symbol).map(last -> last.plus(MINUTE)).orElseGet(() ->
                Interval.H4.openTimeOf(klines.page(symbol, null, null).exchangeTime().minus(FIRST_START_HISTORY)));
        int recorded = 0;
        while (true) {
            Instant end = start.plus(MINUTE.multipliedBy(BybitKlines.MAX_LIMIT - 1));
            BybitKlines.Page page = klines.page(symbol, start, end);
            for (Candle candle : page.closed()) {
                if (before(candle, until) && recordOnce(candle)) {
                    recorded++;
                }
            }
            Instant next = end.plus(MINUTE);
            if (next.isAfter(page.exchangeTime()) || (until != null && !next.isBefore(until))) {
                break;
            }
            start = next;
        }
        if (recorded > 0) {
            log.info("backfilled {} closed 1m candles of {} from Bybit's REST klines", recorded, symbol);
        }
        return recorded;
    }

    private static boolean before(Candle candle, Instant until) {
        return until == null || candle.openTime().isBefore(until);
    }

    private boolean recordOnce(Candle candle) {
        Optional<Instant> last = cursors.lastReplayed(candle.symbol());
        if (last.isPresent() && !candle.openTime().isAfter(last.get())) {
            return false;
        }
        recorder.record(candle);
        return true;
    }
}
