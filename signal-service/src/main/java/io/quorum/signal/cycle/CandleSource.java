package io.quorum.signal.cycle;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Interval;
import io.quorum.signal.context.Candle;
import java.time.Instant;
import java.util.List;

/** Where the decision cycle reads closed candles: the newest {@code count} closed by {@code at}, oldest first. */
@FunctionalInterface
public interface CandleSource {

    List<Candle> closedBy(Symbol symbol, Interval interval, Instant at, int count);
}
