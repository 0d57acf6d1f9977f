package io.quorum.marketdata.replay;

import io.quorum.contracts.ids.Symbol;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** How far the replay got: the open time of the last recorded candle (one replay step) per symbol. */
public class ReplayCursors {

    private final JdbcClient jdbc;

    public ReplayCursors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Instant> lastReplayed(Symbol symbol) {
        return jdbc.sql("select last_open_time from replay_cursor where symbol = ?")
                .param(symbol.toString())
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .optional();
    }

    /**
     * Moves the cursor forward to {@code openTime}, in the transaction that records that candle.
     * Refuses to move it back or stand still: that candle was recorded already.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void advance(Symbol symbol, Instant openTime) {
        int moved = jdbc.sql("""
                        insert into replay_cursor (symbol, last_open_time) values (?, ?)
                        on conflict (symbol) do update set last_open_time = excluded.last_open_time
                        where replay_cursor.last_open_time < excluded.last_open_time""")
                .params(symbol.toString(), openTime.atOffset(ZoneOffset.UTC))
                .update();
        if (moved != 1) {
            throw new IllegalStateException(symbol + " " + openTime + " was replayed already");
        }
    }
}
