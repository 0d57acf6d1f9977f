package io.quorum.marketdata.replay.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.ids.Symbol;
import io.quorum.marketdata.candles.model.Candle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordedCandlesTest {

    private static List<Candle> read(String symbol, Instant from, Instant until) {
        List<Candle> candles = new ArrayList<>();
        try (RecordedCandles recorded = RecordedCandles.open(Symbol.of(symbol), from, until)) {
            recorded.forEachRemaining(candles::add);
        }
        return candles;
    }

    @Test
    void theShippedRecordingsHoldSevenDaysOfConsecutiveMinutes() {
        for (String symbol : List.of("BTCUSDT", "ETHUSDT")) {
            List<Candle> all = read(symbol, Instant.MIN, Instant.MAX);

            assertThat(all).hasSize(7 * 24 * 60);
            assertThat(all.getFirst().openTime()).isEqualTo(Instant.parse("2025-06-01T00:00:00Z"));
            assertThat(all.getLast().openTime()).isEqualTo(Instant.parse("2025-06-07T23:59:00Z"));
            for (int i = 1; i < all.size(); i++) {
                assertThat(Duration.between(all.get(i - 1).openTime(), all.get(i).openTime())).isEqualTo(Duration.ofMinutes(1));
            }
        }
    }

    @Test
    void readsTheFirstRealRowsOfTheRecording() {
        List<Candle> first = read("BTCUSDT", Instant.MIN, Instant.parse("2025-06-01T00:02:00Z"));

        assertThat(first).hasSize(2);
        assertThat(first.get(1).open().toString()).isEqualTo("104611.4");
        assertThat(first.get(1).low().toString()).isEqualTo("104555");
        assertThat(first.get(1).close().toString()).isEqualTo("104570");
        assertThat(first.get(1).volume().toString()).isEqualTo("32.88");
    }

    @Test
    void keepsOnlyTheWindowFromInclusiveToUntilExclusive() {
        List<Candle> window = read("ETHUSDT", Instant.parse("2025-06-03T10:00:00Z"), Instant.parse("2025-06-03T10:05:00Z"));

        assertThat(window).extracting(Candle::openTime).containsExactly(
                Instant.parse("2025-06-03T10:00:00Z"), Instant.parse("2025-06-03T10:01:00Z"), Instant.parse("2025-06-03T10:02:00Z"),
                Instant.parse("2025-06-03T10:03:00Z"), Instant.parse("2025-06-03T10:04:00Z"));
    }

    @Test
    void aSymbolWithoutARecordingIsRefusedWithItsName() {
        assertThat(RecordedCandles.exist(Symbol.of("DOGEUSDT"))).isFalse();
        assertThatThrownBy(() -> RecordedCandles.open(Symbol.of("DOGEUSDT"), Instant.MIN, Instant.MAX))
                .hasMessageContaining("DOGEUSDT");
    }
}
