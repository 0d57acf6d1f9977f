package io.quorum.grid.engine;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The latest tick per symbol, by event time. A tick older than the latest is stale (a late or
 * replayed record) and must not move grids; a current one reports the price before it, which is
 * what a crossing is measured against.
 */
public class MarketClock {

    /** A tick that moves the clock; {@code previous} is null for the first tick of a symbol. */
    public record Advance(Price previous) {
    }

    /** The symbol's latest tick: its event time and price. */
    public record Latest(Instant at, Price price) {
    }

    private final JdbcClient jdbc;

    public MarketClock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Advance> advance(Symbol symbol, Price price, Instant at) {
        int inserted = jdbc.sql("insert into market_clock (symbol, last_tick_at, last_price) values (?, ?, ?) on conflict do nothing")
                .params(symbol.value(), utc(at), price.value())
                .update();
        if (inserted == 1) {
            return Optional.of(new Advance(null));
        }
        record Last(Instant at, Price price) {
        }
        Last last = jdbc.sql("select last_tick_at, last_price from market_clock where symbol = ? for update")
                .param(symbol.value())
                .query((rs, n) -> new Last(rs.getObject(1, OffsetDateTime.class).toInstant(), Price.of(rs.getBigDecimal(2))))
                .single();
        if (at.isBefore(last.at())) {
            return Optional.empty();
        }
        jdbc.sql("update market_clock set last_tick_at = ?, last_price = ? where symbol = ?")
                .params(utc(at), price.value(), symbol.value())
                .update();
        return Optional.of(new Advance(last.price()));
    }

    public Optional<Latest> latest(Symbol symbol) {
        return jdbc.sql("select last_tick_at, last_price from market_clock where symbol = ?")
                .param(symbol.value())
                .query((rs, n) -> new Latest(rs.getObject(1, OffsetDateTime.class).toInstant(), Price.of(rs.getBigDecimal(2))))
                .optional();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
