package io.quorum.marketdata.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quorum.marketdata.MarketDataSpringTest;
import io.quorum.marketdata.replay.ReplayWindow;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A replayed window shows up in the service's meters: every tick published and every candle recorded, per symbol. */
class MarketDataMetricsTest extends MarketDataSpringTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void replayingTenMinutesCountsTheirTicksAndClosedCandlesPerSymbolAndInterval() {
        double ticksBefore = count("quorum.market.ticks", "symbol", "BTCUSDT");
        double minutesBefore = candles("BTCUSDT", "1m");
        double fiveMinutesBefore = candles("ETHUSDT", "5m");

        replay.run(new ReplayWindow(Instant.parse("2025-06-02T12:00:00Z"), Instant.parse("2025-06-02T12:10:00Z")));

        // four ticks per 1m candle; ten 1m candles and two 5m candles per symbol
        assertThat(count("quorum.market.ticks", "symbol", "BTCUSDT") - ticksBefore).isEqualTo(40);
        assertThat(candles("BTCUSDT", "1m") - minutesBefore).isEqualTo(10);
        assertThat(candles("ETHUSDT", "5m") - fiveMinutesBefore).isEqualTo(2);
        assertThat(meters.get("quorum.outbox.backlog").gauge().value()).isGreaterThanOrEqualTo(0);
    }

    private double candles(String symbol, String interval) {
        var counter = meters.find("quorum.market.candles").tag("symbol", symbol).tag("interval", interval).counter();
        return counter == null ? 0 : counter.count();
    }

    private double count(String name, String tag, String value) {
        var counter = meters.find(name).tag(tag, value).counter();
        return counter == null ? 0 : counter.count();
    }
}
