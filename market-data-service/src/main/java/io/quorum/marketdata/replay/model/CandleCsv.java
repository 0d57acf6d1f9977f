package io.quorum.marketdata.replay.model;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.marketdata.candles.model.Candle;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * One line of a recorded Bybit kline file: {@code 2025-06-01 00:00:00+00:00,104566.1,104611.4,104566.0,104611.4,55.036}
 * (open time, open, high, low, close, volume in the base coin). Prices are read as exact decimals.
 */
public final class CandleCsv {

    public static final String HEADER = "timestamp,open,high,low,close,volume";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ssXXX");

    private CandleCsv() {
    }

    public static Candle parse(Symbol symbol, String line) {
        String[] fields = line.split(",", -1);
        if (fields.length != 6) {
            throw new IllegalArgumentException("expected 6 fields (" + HEADER + "), got " + fields.length + ": '" + line + "'");
        }
        try {
            return new Candle(symbol, Interval.M1, openTime(fields[0]), Price.of(fields[1]), Price.of(fields[2]),
                    Price.of(fields[3]), Price.of(fields[4]), Quantity.of(fields[5]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("unreadable candle '" + line + "': " + e.getMessage(), e);
        }
    }

    private static Instant openTime(String text) {
        return OffsetDateTime.parse(text.trim(), TIMESTAMP).toInstant();
    }
}
