package io.quorum.execution.market;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The last traded price of each symbol and the event time of the last tick the venue processed. */
public class MarketMarks {

    /** The venue's view of one symbol's market. */
    public record Mark(Symbol symbol, Price lastPrice, Instant lastTickAt) {
    }

    private final JdbcClient jdbc;

    public MarketMarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Mark> of(Symbol symbol) {
        return jdbc.sql("select last_price, last_tick_at from market_marks where symbol = ?")
                .param(symbol.value())
                .query((rs, row) -> new Mark(symbol, Price.of(rs.getBigDecimal(1)), rs.getTimestamp(2).toInstant()))
                .optional();
    }

    public Optional<Price> lastPrice(Symbol symbol) {
        return of(symbol).map(Mark::lastPrice);
    }

    /**
     * Moves the symbol's market to a tick; false, changing nothing, when the tick is older than the last
     * one processed (a late or replayed tick must not move the venue's clock backwards).
     */
    public boolean advance(Symbol symbol, Price price, Instant at) {
        return jdbc.sql("insert into market_marks (symbol, last_price, last_tick_at) values (?, ?, ?) "
                        + "on conflict (symbol) do update set last_price = excluded.last_price, last_tick_at = excluded.last_tick_at "
                        + "where market_marks.last_tick_at <= excluded.last_tick_at")
                .params(symbol.value(), price.value(), Timestamp.from(at))
                .update() == 1;
    }
}
