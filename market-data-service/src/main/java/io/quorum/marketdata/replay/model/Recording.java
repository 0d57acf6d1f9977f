package io.quorum.marketdata.replay.model;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Interval;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Where recorded candles come from: a folder of {@code <SYMBOL>_<interval>.csv} files (or
 * {@code .csv.gz}), on the classpath ({@code classpath:replay/bybit-linear}, shipped with the
 * service) or on disk (a path, optionally written {@code file:/…}), all of one interval. The
 * interval is the replay's step: each recorded candle becomes four ticks and the longer candles
 * are rolled up from it.
 */
public record Recording(String location, Interval interval) {

    public static final String CLASSPATH = "classpath:";
    private static final String FILE = "file:";
    public static final Recording SHIPPED = new Recording(CLASSPATH + "replay/bybit-linear", Interval.M1);

    public Recording {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("a recording needs a location");
        }
        if (interval == null) {
            throw new IllegalArgumentException("a recording needs the interval of its candles");
        }
        location = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
    }

    /** The plain or gzipped file name of a symbol's candles in this recording, where one exists. */
    public Optional<String> fileOf(Symbol symbol) {
        String base = symbol + "_" + interval.label() + ".csv";
        for (String name : new String[] {base + ".gz", base}) {
            if (exists(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    public boolean holds(Symbol symbol) {
        return fileOf(symbol).isPresent();
    }

    /** Opens a symbol's candles as text, un-gzipped; the caller closes the stream. */
    public InputStream open(Symbol symbol) {
        String name = fileOf(symbol).orElseThrow(() -> new IllegalArgumentException(
                "no recorded " + interval.label() + " candles for " + symbol + " in " + location));
        try {
            InputStream raw = isClasspath()
                    ? getClass().getClassLoader().getResourceAsStream(classpathName(name))
                    : Files.newInputStream(folder().resolve(name));
            return name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + describe(symbol), e);
        }
    }

    public String describe(Symbol symbol) {
        return location + "/" + fileOf(symbol).orElse(symbol + "_" + interval.label() + ".csv");
    }

    private boolean exists(String name) {
        return isClasspath()
                ? getClass().getClassLoader().getResource(classpathName(name)) != null
                : Files.isRegularFile(folder().resolve(name));
    }

    private boolean isClasspath() {
        return location.startsWith(CLASSPATH);
    }

    private String classpathName(String name) {
        String folder = location.substring(CLASSPATH.length());
        return (folder.startsWith("/") ? folder.substring(1) : folder) + "/" + name;
    }

    private Path folder() {
        return Path.of(location.startsWith(FILE) ? location.substring(FILE.length()) : location);
    }
}
