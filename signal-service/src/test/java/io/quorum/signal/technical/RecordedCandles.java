package io.quorum.signal.technical;

import io.quorum.contracts.ids.Symbol;
import io.quorum.signal.context.Candle;
import io.quorum.signal.context.MarketContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The recorded Bybit BTCUSDT candles in src/test/resources/candles (see the README there). */
final class RecordedCandles {

    /** Declared first: the candle lists below are read with it while the class initialises. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssXXX");
    static final Symbol BTCUSDT = Symbol.of("BTCUSDT");
    static final List<Candle> M15 = read("/candles/BTCUSDT_15m.csv", Duration.ofMinutes(15));
    static final List<Candle> H1 = read("/candles/BTCUSDT_60m.csv", Duration.ofHours(1));
    /** How many candles of each interval a decision sees in these tests: one day of 15m, four days of 1h. */
    static final int WINDOW = 96;

    private RecordedCandles() {
    }

    /** The context of the decision at the close of the 15m candle that opened at {@code openTime} (UTC, "2025-06-23T13:30"). */
    static MarketContext decisionAfter(String openTime) {
        Instant at = Instant.parse(openTime + ":00Z").plus(Duration.ofMinutes(15));
        return MarketContext.flat(BTCUSDT, at, closedBy(M15, at), closedBy(H1, at), List.of());
    }

    static List<Candle> closedBy(List<Candle> candles, Instant at) {
        List<Candle> closed = candles.stream().filter(candle -> !candle.closeTime().isAfter(at)).toList();
        return closed.subList(Math.max(0, closed.size() - WINDOW), closed.size());
    }

    private static List<Candle> read(String resource, Duration length) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                RecordedCandles.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(line -> line.split(",")).map(fields -> {
                Instant open = OffsetDateTime.parse(fields[0], TIMESTAMP).toInstant();
                return new Candle(open, open.plus(length), new BigDecimal(fields[1]), new BigDecimal(fields[2]),
                        new BigDecimal(fields[3]), new BigDecimal(fields[4]), new BigDecimal(fields[5]));
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
