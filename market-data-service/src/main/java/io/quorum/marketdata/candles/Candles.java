package io.quorum.marketdata.candles;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.marketdata.candles.model.Candle;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Stored closed candles of every interval; at most one per symbol, interval and open time. */
public class Candles {

    private static final String COLUMNS = "symbol, candle_interval, open_time, open, high, low, close, volume";

    private final JdbcClient jdbc;

    public Candles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Fails (and so rolls the caller back) if this candle is already stored: a candle closes once. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(Candle candle) {
        jdbc.sql("insert into candles (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(candle.symbol().toString(), candle.interval().label(), utc(candle.openTime()),
                        candle.open().value(), candle.high().value(), candle.low().value(), candle.close().value(),
                        candle.volume().value())
                .update();
    }

    /** Candles of one interval opening in {@code [from, until)}, oldest first. */
    public List<Candle> between(Symbol symbol, Interval interval, Instant from, Instant until) {
        return jdbc.sql("select " + COLUMNS + " from candles where symbol = ? and candle_interval = ?"
                        + " and open_time >= ? and open_time < ? order by open_time")
                .params(symbol.toString(), interval.label(), utc(from), utc(until))
                .query(Candles::candle)
                .list();
    }

    /** The latest {@code limit} candles of an interval, oldest first. */
    public List<Candle> latest(Symbol symbol, Interval interval, int limit) {
        return jdbc.sql("select * from (select " + COLUMNS + " from candles where symbol = ? and candle_interval = ?"
                        + " order by open_time desc limit ?) latest order by open_time")
                .params(symbol.toString(), interval.label(), limit)
                .query(Candles::candle)
                .list();
    }

    /** Open time of the latest stored candle of an interval. */
    public Optional<Instant> latestOpen(Symbol symbol, Interval interval) {
        return jdbc.sql("select max(open_time) from candles where symbol = ? and candle_interval = ?")
                .params(symbol.toString(), interval.label())
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant))
                .single();
    }

    private static Candle candle(ResultSet rs, int row) throws SQLException {
        return new Candle(Symbol.of(rs.getString("symbol")), Interval.fromLabel(rs.getString("candle_interval")),
                rs.getObject("open_time", OffsetDateTime.class).toInstant(),
                Price.of(rs.getBigDecimal("open")), Price.of(rs.getBigDecimal("high")), Price.of(rs.getBigDecimal("low")),
                Price.of(rs.getBigDecimal("close")), Quantity.of(rs.getBigDecimal("volume")));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
