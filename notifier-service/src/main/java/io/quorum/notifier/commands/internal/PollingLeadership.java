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
 * the next instance that asks takes it. Not thread-safe: only the poller's supervisor calls it.
 */
class PollingLeadership implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PollingLeadership.class);
    /** The lock's first key, "Tgrm"; the second is the schema's hash. */
    private static final int LOCK = 0x5467726d;

    private final String url;
    private final String username;
    private final String password;
    private Connection connection;
    private boolean held;

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
            if (connection == null || !connection.isValid(5)) {
                closeConnection();
                connection = DriverManager.getConnection(url, username, password);
            }
            try (PreparedStatement take = connection.prepareStatement(
                    "select pg_try_advisory_lock(?, hashtext(current_schema()))")) {
                take.setInt(1, LOCK);
                try (ResultSet result = take.executeQuery()) {
                    held = result.next() && result.getBoolean(1);
                }
            }
            if (held) {
                log.info("Telegram command polling: this instance polls now");
            }
            return held;
        } catch (SQLException e) {
            log.warn("Telegram command polling: cannot reach the database for the lock: {}", e.getMessage());
            held = false;
            closeConnection();
            return false;
        }
    }

    /** Gives the lock up (its connection ends), for another instance to take. */
    @Override
    public void close() {
        held = false;
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
