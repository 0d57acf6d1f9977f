package io.quorum.marketdata.replay.model;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Interval;
import io.quorum.marketdata.candles.model.Candle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The recorded candles of one symbol (see {@link Recording}), read lazily in time order, limited to
 * open times in {@code [from, until)}.
 */
public final class RecordedCandles implements Iterator<Candle>, AutoCloseable {

    private final Symbol symbol;
    private final Interval interval;
    private final String source;
    private final BufferedReader reader;
    private final Instant from;
    private final Instant until;
    private Candle next;
    private Instant previous;

    private RecordedCandles(Symbol symbol, Interval interval, String source, BufferedReader reader, Instant from, Instant until) {
        this.symbol = symbol;
        this.interval = interval;
        this.source = source;
        this.reader = reader;
        this.from = from;
        this.until = until;
    }

    /** The shipped recording's candles of a symbol. */
    public static RecordedCandles open(Symbol symbol, Instant from, Instant until) {
        return open(Recording.SHIPPED, symbol, from, until);
    }

    public static RecordedCandles open(Recording recording, Symbol symbol, Instant from, Instant until) {
        String source = recording.describe(symbol);
        var reader = new BufferedReader(new InputStreamReader(recording.open(symbol), StandardCharsets.UTF_8));
        try {
            String header = reader.readLine();
            if (!CandleCsv.HEADER.equals(header)) {
                reader.close();
                throw new IllegalStateException(source + " must start with '" + CandleCsv.HEADER + "', was '" + header + "'");
            }
            return new RecordedCandles(symbol, recording.interval(), source, reader, from, until);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
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
                Candle candle = CandleCsv.parse(symbol, interval, line);
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
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /** The window search stops at the first candle past {@code until}; that is only right if the file is in order. */
    private void requireAscending(Instant openTime) {
        if (previous != null && !openTime.isAfter(previous)) {
            throw new IllegalStateException(source + " is not in time order at " + openTime);
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
