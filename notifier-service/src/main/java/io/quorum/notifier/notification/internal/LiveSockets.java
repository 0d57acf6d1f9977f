package io.quorum.notifier.notification.internal;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.UserId;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The browser's live feed: WebSocket {@code /ws/notifications}. Only the gateway connects here: it authenticated the
 * browser (whose token never comes this far) and forwards the user in {@code X-Quorum-User-Id} with the gateway
 * secret; a handshake without a valid secret and user is closed at once (policy violation). Each session gets the
 * new notifications of its own user only, as JSON {@code {"id","eventId","kind","botId","text","occurredAt"}} — the
 * history's entry without the deliveries — pushed after the notification commits. Which instance created the
 * notification does not matter: {@link LiveRelay} hears of every one through PostgreSQL and hands it here.
 *
 * <p>A browser that names the last entry it has, {@code ?since=<id>} (from the history, or an earlier socket), first
 * gets what it missed: the user's entries above that id, at most the newest {@value #CATCH_UP}, oldest first, then
 * the live ones, none twice. That closes the gaps of a live feed: the moment between the browser's handshake at the
 * gateway and the gateway's own here, and a reconnect. Without {@code since} the socket gets only what is new.
 * Sends run on virtual threads, one at a time per session; a session that cannot be written to is closed.
 */
class LiveSockets {

    static final String PATH = "/ws/notifications";
    /** The most a connecting socket is sent of what it missed; a browser away longer reads the history. */
    static final int CATCH_UP = 100;
    private static final String SINCE = "since";
    private static final String USER = "quorum.user";
    private static final Logger log = LoggerFactory.getLogger(LiveSockets.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Pushed(long id, UUID eventId, String kind, UUID botId, String text, Instant occurredAt) {
    }

    private final byte[] secret;
    private final LiveEntries entries;
    private final Map<UserId, Set<Feed>> feeds = new ConcurrentHashMap<>();
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();

    LiveSockets(String secret, LiveEntries entries) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.entries = entries;
    }

    /** How the WebSocket container is told about the endpoint: handshakes checked here, one endpoint per session. */
    ServerEndpointConfig endpointConfig() {
        return ServerEndpointConfig.Builder.create(Socket.class, PATH).configurator(new ServerEndpointConfig.Configurator() {
            @Override
            public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
                UserId user = authenticated(request.getHeaders());
                if (user != null) {
                    config.getUserProperties().put(USER, user);
                }
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getEndpointInstance(Class<T> type) {
                return (T) new Socket();
            }
        }).build();
    }

    int sessionsOf(UserId user) {
        return feeds.getOrDefault(user, Set.of()).size();
    }

    /** Sends the notification to each open session of its user on this instance (none: nothing to do). */
    void push(UserId user, Pushed notification) {
        Set<Feed> open = feeds.get(user);
        if (open == null || open.isEmpty()) {
            return;
        }
        for (Feed feed : open) {
            senders.submit(() -> feed.live(notification));
        }
    }

    /**
     * One session's feed. Until its catch-up has been sent, live entries wait in {@code held}; the catch-up reads the
     * history after the session was registered, so an entry either is in it or arrives live (or both: then it is sent
     * once). An entry's id says nothing of its commit order, which is why the catch-up remembers the ids it sent
     * rather than a highest id.
     */
    private final class Feed {

        private final Session session;
        private final UserId user;
        private final Long since;
        private final List<Pushed> held = new ArrayList<>();
        private final Set<Long> caughtUp = new HashSet<>();
        private boolean ready;

        Feed(Session session, UserId user, Long since) {
            this.session = session;
            this.user = user;
            this.since = since;
            this.ready = since == null;
        }

        synchronized void catchUp() {
            if (ready) {
                return;
            }
            try {
                for (Pushed missed : entries.after(user, since, CATCH_UP)) {
                    send(missed);
                    caughtUp.add(missed.id());
                }
            } catch (RuntimeException e) {
                // the history could not be read: this socket cannot keep its promise, so it ends; the browser reconnects
                log.warn("live feed: catch-up for a session failed, closing it: {}", e.toString());
                closeQuietly(session, new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "history unavailable"));
                return;
            }
            ready = true;
            for (Pushed waiting : held) {
                live(waiting);
            }
            held.clear();
        }

        synchronized void live(Pushed notification) {
            if (!ready) {
                held.add(notification);
            } else if (!caughtUp.contains(notification.id())) {
                send(notification);
            }
        }

        private void send(Pushed notification) {
            try {
                if (session.isOpen()) {
                    session.getBasicRemote().sendText(JSON.writeValueAsString(notification));
                }
            } catch (IOException | RuntimeException e) {
                log.debug("live notification not sent, closing the session: {}", e.toString());
                closeQuietly(session, new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, "send failed"));
            }
        }
    }

    private UserId authenticated(Map<String, List<String>> headers) {
        String presented = header(headers, GatewayHeaders.SECRET);
        if (presented == null || !MessageDigest.isEqual(secret, presented.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        String user = header(headers, GatewayHeaders.USER_ID);
        try {
            return user == null ? null : UserId.of(user.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
    }

    private static void closeQuietly(Session session, CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException | RuntimeException e) {
            log.debug("closing a live session failed: {}", e.toString());
        }
    }

    void shutdown() {
        senders.shutdownNow();
    }

    /** The socket's {@code ?since=}: absent, or the id of a notification (a non-negative whole number). */
    private static Long since(Session session) {
        List<String> given = session.getRequestParameterMap().get(SINCE);
        if (given == null || given.isEmpty()) {
            return null;
        }
        String value = given.getFirst().trim();
        if (value.isEmpty() || value.length() > 19 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("since must be the id of a notification (a whole number of at least 0)");
        }
        return Long.parseLong(value);
    }

    /** One browser connection; it only listens. */
    final class Socket extends Endpoint {

        private Feed feed;

        @Override
        public void onOpen(Session session, EndpointConfig config) {
            UserId user = (UserId) config.getUserProperties().get(USER);
            if (user == null) {
                closeQuietly(session, new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY,
                        "connect through the Quorum gateway"));
                return;
            }
            Long since;
            try {
                since = since(session);
            } catch (IllegalArgumentException e) {
                closeQuietly(session, new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, e.getMessage()));
                return;
            }
            feed = new Feed(session, user, since);
            feeds.computeIfAbsent(user, u -> ConcurrentHashMap.newKeySet()).add(feed);
            senders.submit(feed::catchUp);
        }

        @Override
        public void onClose(Session session, CloseReason reason) {
            if (feed != null) {
                feeds.computeIfPresent(feed.user, (u, set) -> {
                    set.remove(feed);
                    return set.isEmpty() ? null : set;
                });
            }
        }
    }
}
