package io.quorum.marketdata.replay.model;

import io.quorum.contracts.ids.Symbol;
import io.quorum.marketdata.candles.model.Candle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;

/**
 * The recorded 1m candles of one symbol shipped with the service (classpath
 * {@code replay/bybit-linear/<SYMBOL>_1m.csv.gz}), read lazily in time order, limited to open
 * times in {@code [from, until)}.
 */
public final class RecordedCandles implements Iterator<Candle>, AutoCloseable {

    private final Symbol symbol;
    private final BufferedReader reader;
    private final Instant from;
    private final Instant until;
    private Candle next;
    private Instant previous;

    private RecordedCandles(Symbol symbol, BufferedReader reader, Instant from, Instant until) {
        this.symbol = symbol;
        this.reader = reader;
        this.from = from;
        this.until = until;
    }

    public static String resourceOf(Symbol symbol) {
        return "replay/bybit-linear/" + symbol + "_1m.csv.gz";
    }

    public static boolean exist(Symbol symbol) {
        return RecordedCandles.class.getClassLoader().getResource(resourceOf(symbol)) != null;
    }

    public static RecordedCandles open(Symbol symbol, Instant from, Instant until) {
        InputStream raw = RecordedCandles.class.getClassLoader().getResourceAsStream(resourceOf(symbol));
        if (raw == null) {
            throw new IllegalArgumentException("no recorded candles for " + symbol + " (" + resourceOf(symbol) + ")");
        }
        try {
            var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (!CandleCsv.HEADER.equals(header)) {
                reader.close();
                throw new IllegalStateException(resourceOf(symbol) + " must start with '" + CandleCsv.HEADER + "', was '" + header + "'");
            }
            return new RecordedCandles(symbol, reader, from, until);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resourceOf(symbol), e);
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = readNext();
        }
        return next != null;
    }

    @Override
    public Candle next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Candle candle = next;
        next = null;
        return candle;
    }

    private Candle readNext() {
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                Candle candle = CandleCsv.parse(symbol, line);
                requireAscending(candle.openTime());
                if (!candle.openTime().isBefore(until)) {
                    return null;
                }
                if (!candle.openTime().isBefore(from)) {
                    return candle;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resourceOf(symbol), e);
        }
    }

    /** The window search stops at the first candle past {@code until}; that is only right if the file is in order. */
    private void requireAscending(Instant openTime) {
        if (previous != null && !openTime.isAfter(previous)) {
            throw new IllegalStateException(resourceOf(symbol) + " is not in time order at " + openTime);
        }
        previous = openTime;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
