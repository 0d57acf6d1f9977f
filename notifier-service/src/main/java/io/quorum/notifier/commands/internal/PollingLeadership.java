package io.quorum.notifier.commands.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which notifier instance polls Telegram: the one holding a PostgreSQL session-level advisory lock (per schema, so
 * another deployment in another schema of the database has its own). The lock lives on a connection of its own,
 * outside the pool: when the holder stops or dies, its connection ends and PostgreSQL releases the lock at once, and
 * the next instance that asks takes it. Only the poller's supervisor takes and gives up the lock; {@link #holder()}
 * may be read from any thread.
 *
 * <p>The supervisor learns of a lost lock only at its next pass, and another instance may have taken the lock in
 * between. So a poller claims each update before answering it with a write fenced by {@link #HELD_BY}: it succeeds
 * only while the session that took the lock (its backend process) still holds it ({@link TelegramOffsets#claim}).
 */
class PollingLeadership implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PollingLeadership.class);
    /** The lock's first key, "Tgrm"; the second is the schema's hash. */
    static final int LOCK = 0x5467726d;
    /**
     * SQL: the backend process given as the first parameter holds this schema's polling lock (the second parameter is
     * {@link #LOCK}). PostgreSQL lists a two-key advisory lock with its keys as unsigned {@code classid} and
     * {@code objid}, {@code objsubid} 2.
     */
    static final String HELD_BY = """
            exists (select 1 from pg_locks where locktype = 'advisory' and granted and pid = ?
                and classid::bigint = ? and objsubid = 2
                and objid::bigint = (hashtext(current_schema())::bigint & 4294967295))""";

    private final String url;
    private final String username;
    private final String password;
    private Connection connection;
    private boolean held;
    /** The backend process of the session holding the lock, or 0 when this instance does not hold it. */
    private volatile int holder;

    PollingLeadership(String url, String username, String password) {
        this.url = url;
        this.username = username;
        this.password = password;
    }

    /**
     * Takes the lock if free, or confirms this instance still holds it (its connection is alive); answers whether it
     * leads now. A lost connection ends the leadership (the database already released the lock).
     */
    boolean lead() {
        try {
            if (held && connection.isValid(5)) {
                return true;
            }
            if (held) {
                log.warn("Telegram command polling: lost the database session holding the lock, no longer polling");
            }
            held = false;
            holder = 0;
            if (connection == null || !connection.isValid(5)) {
                closeConnection();
                connection = DriverManager.getConnection(url, username, password);
            }
            try (PreparedStatement take = connection.prepareStatement(
                    "select pg_try_advisory_lock(?, hashtext(current_schema())), pg_backend_pid()")) {
                take.setInt(1, LOCK);
                try (ResultSet result = take.executeQuery()) {
                    held = result.next() && result.getBoolean(1);
                    holder = held ? result.getInt(2) : 0;
                }
            }
            if (held) {
                log.info("Telegram command polling: this instance polls now");
            }
            return held;
        } catch (SQLException e) {
            log.warn("Telegram command polling: cannot reach the database for the lock: {}", e.getMessage());
            held = false;
            holder = 0;
            closeConnection();
            return false;
        }
    }

    /** The backend process of the session holding the lock for this instance, or 0 when it does not hold it. */
    int holder() {
        return holder;
    }

    /** Gives the lock up (its connection ends), for another instance to take. */
    @Override
    public void close() {
        held = false;
        holder = 0;
        closeConnection();
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("closing the polling lock's connection: {}", e.getMessage());
            }
            connection = null;
        }
    }
}
