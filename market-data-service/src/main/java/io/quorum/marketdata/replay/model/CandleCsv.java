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
 * One line of a recorded kline file: open time, open, high, low, close, volume in the base coin.
 * The open time is either a UTC timestamp as Bybit's exports write it
 * ({@code 2025-06-01 00:00:00+00:00,104566.1,104611.4,104566.0,104611.4,55.036}) or epoch
 * milliseconds as Binance's klines give it ({@code 1759276800000,113989.1,…}). Prices are read as
 * exact decimals.
 */
public final class CandleCsv {

    public static final String HEADER = "timestamp,open,high,low,close,volume";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ssXXX");

    private CandleCsv() {
    }

    public static Candle parse(Symbol symbol, Interval interval, String line) {
        String[] fields = line.split(",", -1);
        if (fields.length != 6) {
            throw new IllegalArgumentException("expected 6 fields (" + HEADER + "), got " + fields.length + ": '" + line + "'");
        }
        try {
            return new Candle(symbol, interval, openTime(fields[0]), Price.of(fields[1]), Price.of(fields[2]),
                    Price.of(fields[3]), Price.of(fields[4]), Quantity.of(fields[5]));
        } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("unreadable candle '" + line + "': " + e.getMessage(), e);
        }
    }

    private static Instant openTime(String text) {
        String trimmed = text.trim();
        if (!trimmed.isEmpty() && trimmed.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochMilli(Long.parseLong(trimmed));
        }
        return OffsetDateTime.parse(trimmed, TIMESTAMP).toInstant();
    }
}
