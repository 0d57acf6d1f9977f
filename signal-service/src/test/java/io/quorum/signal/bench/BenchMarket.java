package io.quorum.signal.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.quorum.contracts.ids.Symbol;
import io.quorum.signal.context.Candle;
import io.quorum.signal.context.MarketContext;
import io.quorum.signal.llm.ApiKey;
import io.quorum.signal.llm.LlmProvider;
import io.quorum.signal.llm.OutputMode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.LoggerFactory;

/** What both decision benchmarks share: a real market to decide on, providers on the fake, and the machine's state. */
final class BenchMarket {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssXXX");
    /** A 15m close with a day of 15m and four days of 1h candles behind it: the technical voters have their history. */
    static final Instant AT = Instant.parse("2025-06-23T14:00:00Z");
    /** An answer every provider gives: readable, within the bot's limits, so each call ends in a vote. */
    static final String LONG = """
            {"action":"long","confidence":0.7,"explanation":"bench: 15m momentum with the 1h trend","leverage":3}""";

    private BenchMarket() {
    }

    /** The context of the decision at {@link #AT}, from the recorded BTCUSDT candles the unit tests read. */
    static MarketContext market() {
        return MarketContext.flat(Symbol.of("BTCUSDT"), AT, closedBy(read("/candles/BTCUSDT_15m.csv", Duration.ofMinutes(15))),
                closedBy(read("/candles/BTCUSDT_60m.csv", Duration.ofHours(1))), List.of());
    }

    static LlmProvider provider(String name, String baseUrl, Duration timeout, int maxConcurrentCalls) {
        return new LlmProvider(name, baseUrl, name + "-bench", ApiKey.of("sk-bench"), timeout, OutputMode.JSON_SCHEMA,
                maxConcurrentCalls);
    }

    /** The voters log every abstention and langchain4j's client logs at debug without a configuration: keep warnings only. */
    static void quietLogging() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    }

    /** The 1-minute load average: other builds share the cores, so every figure is read against it. */
    static String load() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return String.join(" ", fields[0], fields[1], fields[2]);
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static Duration percentile(List<Duration> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    static String ms(Duration duration) {
        return String.format("%.1f ms", duration.toNanos() / 1e6);
    }

    private static List<Candle> closedBy(List<Candle> candles) {
        List<Candle> closed = candles.stream().filter(candle -> !candle.closeTime().isAfter(AT)).toList();
        return closed.subList(Math.max(0, closed.size() - 96), closed.size());
    }

    private static List<Candle> read(String resource, Duration length) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                BenchMarket.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
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
