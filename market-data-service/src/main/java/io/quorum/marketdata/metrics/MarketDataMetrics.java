package io.quorum.marketdata.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Interval;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What market data puts on the platform, per symbol: ticks published ({@code quorum_market_ticks_total}) and
 * closed candles recorded ({@code quorum_market_candles_total}, per interval too). Symbols come from the
 * instrument list and intervals are an enum, so the series stay few.
 */
public class MarketDataMetrics {

    private final MeterRegistry registry;
    private final Map<Symbol, Counter> ticks = new ConcurrentHashMap<>();
    private final Map<String, Counter> candles = new ConcurrentHashMap<>();

    public MarketDataMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A tick the broker acknowledged. */
    public void tickPublished(Symbol symbol) {
        ticks.computeIfAbsent(symbol, s -> Counter.builder("quorum.market.ticks")
                .description("Ticks published to quorum.market.ticks.v1")
                .tag("symbol", s.value()).register(registry)).increment();
    }

    /** A closed candle written with its CandleClosed event; counted once that transaction commits. */
    public void candleRecorded(Symbol symbol, Interval interval) {
        Counter counter = candles.computeIfAbsent(symbol.value() + "/" + interval.label(), key -> Counter.builder("quorum.market.candles")
                .description("Closed candles recorded and published to quorum.market.candles.v1")
                .tag("symbol", symbol.value()).tag("interval", interval.label()).register(registry));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
        } else {
            counter.increment();
        }
    }
}
