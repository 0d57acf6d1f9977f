package io.quorum.execution.venue;

import io.quorum.contracts.ids.Symbol;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where the reading of an account's executions stopped (table {@code fill_cursors}): the newest execution settled,
 * per account and symbol, or for the whole account ({@link #WHOLE_ACCOUNT}, reconciliation's reading). Kept in the
 * database so a restart resumes where it was; a cursor only ever moves forward.
 */
public class FillCursors {

    /** The symbol column of the account-wide cursor. */
    public static final String WHOLE_ACCOUNT = "*";

    private final JdbcClient jdbc;

    public FillCursors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Instant> of(String account, Optional<Symbol> symbol) {
        return jdbc.sql("select settled_up_to from fill_cursors where account = ? and symbol = ?")
                .params(account, name(symbol)).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    public void advance(String account, Optional<Symbol> symbol, Instant settledUpTo) {
        jdbc.sql("insert into fill_cursors (account, symbol, settled_up_to) values (?, ?, ?) on conflict (account, symbol) "
                        + "do update set settled_up_to = greatest(fill_cursors.settled_up_to, excluded.settled_up_to)")
                .params(account, name(symbol), Timestamp.from(settledUpTo)).update();
    }

    private static String name(Optional<Symbol> symbol) {
        return symbol.map(Symbol::value).orElse(WHOLE_ACCOUNT);
    }
}
