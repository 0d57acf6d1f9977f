package io.quorum.marketdata.replay.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Interval;
import io.quorum.marketdata.candles.model.Candle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertThat(Recording.SHIPPED.holds(Symbol.of("DOGEUSDT"))).isFalse();
        assertThatThrownBy(() -> RecordedCandles.open(Symbol.of("DOGEUSDT"), Instant.MIN, Instant.MAX))
                .hasMessageContaining("DOGEUSDT");
    }

    @Test
    void readsFiveMinuteCandlesFromAFolderOnDisk(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("BTCUSDT_5m.csv"), """
                timestamp,open,high,low,close,volume
                1759276800000,113988.7,114166.8,113988.7,114166.8,713.415
                1759277100000,114166.8,114200.0,114100.1,114150.0,500.5
                1759277400000,114150.0,114180.0,114000.0,114020.0,321.0
                """);
        Recording recording = new Recording(folder.toString(), Interval.M5);

        assertThat(recording.holds(Symbol.of("BTCUSDT"))).isTrue();
        assertThat(recording.holds(Symbol.of("ETHUSDT"))).isFalse();
        List<Candle> candles = new ArrayList<>();
        try (RecordedCandles recorded = RecordedCandles.open(recording, Symbol.of("BTCUSDT"),
                Instant.parse("2025-10-01T00:05:00Z"), Instant.MAX)) {
            recorded.forEachRemaining(candles::add);
        }
        assertThat(candles).extracting(Candle::openTime)
                .containsExactly(Instant.parse("2025-10-01T00:05:00Z"), Instant.parse("2025-10-01T00:10:00Z"));
        assertThat(candles).extracting(Candle::interval).containsOnly(Interval.M5);
    }

    @Test
    void aFileRecordingIsFoundWithTheFileSchemeToo(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("ETHUSDT_15m.csv"), "timestamp,open,high,low,close,volume\n");
        assertThat(new Recording("file:" + folder, Interval.M15).holds(Symbol.of("ETHUSDT"))).isTrue();
    }
}
