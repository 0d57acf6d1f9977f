package io.quorum.notifier.notification.internal;

import io.quorum.contracts.ids.UserId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Brings every instance's new notifications to this instance's browser sessions: one connection of its own (outside
 * the pool, it is held for good) {@code LISTEN}s on the channel {@link PgLiveFeed} notifies; for a user with a session
 * here, the entry is read from the history and pushed. A lost connection is opened again after a pause; what was
 * notified in between is not pushed live: a browser that reconnects with {@code ?since=} gets it then (the history is
 * the record, the live feed a convenience).
 */
class LiveRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveRelay.class);
    private static final Duration WAIT = Duration.ofMillis(500);
    private static final Duration RECONNECT = Duration.ofSeconds(2);

    private final String url;
    private final String username;
    private final String password;
    private final String channel;
    private final LiveEntries entries;
    private final LiveSockets sockets;
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    LiveRelay(String url, String username, String password, String channel, LiveEntries entries, LiveSockets sockets) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.channel = channel;
        this.entries = entries;
        this.sockets = sockets;
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, username, password)) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN \"" + channel.replace("\"", "\"\"") + "\"");
                }
                listening = true;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] arrived = pg.getNotifications((int) WAIT.toMillis());
                    if (arrived != null) {
                        for (PGNotification notification : arrived) {
                            relay(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("live feed: not listening to the database, trying again in {}: {}", RECONNECT, e.getMessage());
                }
            } finally {
                listening = false;
            }
            if (running) {
                try {
                    Thread.sleep(RECONNECT.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void relay(String payload) {
        int colon = payload == null ? -1 : payload.indexOf(':');
        if (colon < 0) {
            log.debug("live feed: ignoring a message it cannot read: {}", payload);
            return;
        }
        UserId user;
        long id;
        try {
            user = UserId.of(payload.substring(0, colon));
            id = Long.parseLong(payload.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            log.debug("live feed: ignoring a message it cannot read: {}", payload);
            return;
        }
        if (sockets.sessionsOf(user) == 0) {
            return;
        }
        try {
            entries.one(user, id).ifPresent(pushed -> sockets.push(user, pushed));
        } catch (RuntimeException e) {
            // the pool's database is away: this push is lost, the history keeps the notification
            log.warn("live feed: notification {} not pushed: {}", id, e.getMessage());
        }
    }

    /** Whether the relay is listening now (a notification committed from now on is pushed here). */
    boolean listening() {
        return listening;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("notifier-live-relay").daemon().start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(WAIT.multipliedBy(4).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
