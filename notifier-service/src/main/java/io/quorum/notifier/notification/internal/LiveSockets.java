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
 * notification does not matter: {@link LiveRelay} hears of every one through PostgreSQL and hands it here. Sends run
 * on virtual threads, one at a time per session; a session that cannot be written to is closed.
 */
class LiveSockets {

    static final String PATH = "/ws/notifications";
    private static final String USER = "quorum.user";
    private static final Logger log = LoggerFactory.getLogger(LiveSockets.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Pushed(long id, UUID eventId, String kind, UUID botId, String text, Instant occurredAt) {
    }

    private final byte[] secret;
    private final Map<UserId, Set<Session>> sessions = new ConcurrentHashMap<>();
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();

    LiveSockets(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
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
        return sessions.getOrDefault(user, Set.of()).size();
    }

    /** Sends the notification to each open session of its user on this instance (none: nothing to do). */
    void push(UserId user, Pushed notification) {
        Set<Session> open = sessions.get(user);
        if (open == null || open.isEmpty()) {
            return;
        }
        String json = JSON.writeValueAsString(notification);
        for (Session session : open) {
            senders.submit(() -> send(session, json));
        }
    }

    private void send(Session session, String json) {
        synchronized (session) {
            try {
                if (session.isOpen()) {
                    session.getBasicRemote().sendText(json);
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

    /** One browser connection; it only listens. */
    final class Socket extends Endpoint {

        private UserId user;

        @Override
        public void onOpen(Session session, EndpointConfig config) {
            user = (UserId) config.getUserProperties().get(USER);
            if (user == null) {
                closeQuietly(session, new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY,
                        "connect through the Quorum gateway"));
                return;
            }
            sessions.computeIfAbsent(user, u -> ConcurrentHashMap.newKeySet()).add(session);
        }

        @Override
        public void onClose(Session session, CloseReason reason) {
            if (user != null) {
                sessions.computeIfPresent(user, (u, set) -> {
                    set.remove(session);
                    return set.isEmpty() ? null : set;
                });
            }
        }
    }
}
