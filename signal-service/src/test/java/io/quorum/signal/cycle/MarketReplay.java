package io.quorum.signal.cycle;

import static org.awaitility.Awaitility.await;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.CandleClosed;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.testkit.EventProbe;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The recorded Bybit BTCUSDT candles of src/test/resources/candles as CandleClosed events, at their close. */
final class MarketReplay {

    static final Symbol BTCUSDT = Symbol.of("BTCUSDT");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssXXX");
    static final List<CandleClosed> M15 = read("/candles/BTCUSDT_15m.csv", Interval.M15);
    static final List<CandleClosed> H1 = read("/candles/BTCUSDT_60m.csv", Interval.H1);

    private MarketReplay() {
    }

    /** Every 15m and 1h candle closed by {@code at}, in close order (1h before 15m at the same close, as the feed sends them). */
    static List<Envelope<CandleClosed>> closedBy(Instant at) {
        return Stream.concat(H1.stream(), M15.stream())
                .filter(candle -> !candle.closeTime().isAfter(at))
                .sorted(Comparator.comparing(CandleClosed::closeTime)
                        .thenComparing(candle -> candle.interval() == Interval.H1 ? 0 : 1))
                .map(MarketReplay::closed)
                .toList();
    }

    /**
     * Publishes every candle closed by {@code at} and waits until they are stored — unless another flow test of the
     * same application stored them already: a second replay would make every bot running then decide on each of
     * its candles, taking the answers a test scripted for its own bot.
     */
    static void storeHistory(EventProbe probe, JdbcClient jdbc, Instant at) {
        List<Envelope<CandleClosed>> history = closedBy(at);
        if (!stored(history, jdbc, at)) {
            history.forEach(probe::publish);
            await().atMost(Duration.ofSeconds(120)).until(() -> stored(history, jdbc, at));
        }
    }

    private static boolean stored(List<Envelope<CandleClosed>> history, JdbcClient jdbc, Instant at) {
        return Stream.of(Interval.M15, Interval.H1).allMatch(interval -> jdbc.sql(
                "select count(*) from candles where symbol = ? and interval = ? and close_time <= ?")
                .params(BTCUSDT.value(), interval.label(), Timestamp.from(at)).query(Integer.class).single()
                >= Math.min(Candles.KEEP, history.stream().filter(c -> c.payload().interval() == interval).count()));
    }

    /** The 15m candle that closes at {@code at}. */
    static Envelope<CandleClosed> m15ClosingAt(Instant at) {
        return M15.stream().filter(candle -> candle.closeTime().equals(at)).findFirst().map(MarketReplay::closed).orElseThrow();
    }

    static Envelope<CandleClosed> closed(CandleClosed candle) {
        return Envelope.originating(candle, candle.closeTime());
    }

    private static List<CandleClosed> read(String resource, Interval interval) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                MarketReplay.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(line -> line.split(",")).map(f -> new CandleClosed(BTCUSDT, interval,
                    OffsetDateTime.parse(f[0], TIMESTAMP).toInstant(), Price.of(f[1]), Price.of(f[2]), Price.of(f[3]),
                    Price.of(f[4]), Quantity.of(f[5]))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
