package io.quorum.signal.cycle;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.CandleClosed;
import io.quorum.contracts.market.Interval;
import io.quorum.signal.context.Candle;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Recent closed candles per symbol and interval (table {@code candles}). Storing is an upsert, so a
 * redelivered candle changes nothing; only the newest {@link #KEEP} of each series are kept.
 */
public class Candles implements CandleSource {

    /** Comfortably above the 63 candles the technical voters need and the window a decision reads. */
    public static final int KEEP = 300;

    private final JdbcClient jdbc;

    public Candles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void store(CandleClosed candle) {
        jdbc.sql("""
                insert into candles (symbol, interval, open_time, close_time, open, high, low, close, volume)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(candle.symbol().value(), candle.interval().label(), Timestamp.from(candle.openTime()),
                        Timestamp.from(candle.closeTime()), candle.open().value(), candle.high().value(),
                        candle.low().value(), candle.close().value(), candle.volume().value())
                .update();
        jdbc.sql("""
                delete from candles where symbol = ? and interval = ? and open_time <
                    (select open_time from candles where symbol = ? and interval = ? order by open_time desc offset ? limit 1)""")
                .params(candle.symbol().value(), candle.interval().label(), candle.symbol().value(),
                        candle.interval().label(), KEEP - 1)
                .update();
    }

    /** The newest {@code count} candles of the interval closed by {@code at}, oldest first. */
    @Override
    public List<Candle> closedBy(Symbol symbol, Interval interval, Instant at, int count) {
        List<Candle> newestFirst = jdbc.sql("""
                select open_time, close_time, open, high, low, close, volume from candles
                where symbol = ? and interval = ? and close_time <= ? order by open_time desc limit ?""")
                .params(symbol.value(), interval.label(), Timestamp.from(at), count)
                .query((rs, n) -> new Candle(rs.getTimestamp("open_time").toInstant(), rs.getTimestamp("close_time").toInstant(),
                        rs.getBigDecimal("open"), rs.getBigDecimal("high"), rs.getBigDecimal("low"),
                        rs.getBigDecimal("close"), rs.getBigDecimal("volume")))
                .list();
        List<Candle> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** The close of the newest stored 15m candle of the symbol: the market time this service has seen. */
    public Optional<Instant> marketTime(Symbol symbol) {
        return jdbc.sql("select max(close_time) from candles where symbol = ? and interval = ?")
                .params(symbol.value(), Interval.M15.label())
                .query((rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant()).optional();
    }
}
