package io.quorum.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.testkit.CollectingWebSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A signed-in browser tab on the gateway's live feed {@code /ws/notifications?access_token=<jwt>}. */
final class LiveTab implements AutoCloseable {

    private final GatewayClient client;
    private CollectingWebSocket socket;

    private LiveTab(GatewayClient client) {
        this.client = client;
    }

    /** Signs a new user up, then in with email and password, as the browser does: the tab holds the sign-in's JWT. */
    static LiveTab signIn(GatewayClient anonymous, String name) {
        String email = name + "-" + java.util.UUID.randomUUID() + "@example.com";
        String password = name + " end-to-end password";
        assertThat(anonymous.post("/api/users", Map.of("name", name, "email", email, "password", password)).status())
                .isEqualTo(201);
        var signedIn = anonymous.post("/api/auth/sign-in", Map.of("email", email, "password", password));
        assertThat(signedIn.status()).isEqualTo(200);
        return new LiveTab(anonymous.as(signedIn.body().get("accessToken").asString()));
    }

    GatewayClient client() {
        return client;
    }

    /**
     * Opens the live feed as a browser does after loading the history: naming the newest entry it has
     * ({@code ?since=}, 0 for none), so what is made while the socket opens comes in the catch-up if not live.
     */
    void connect(String gatewayUrl) throws Exception {
        var newest = client.get("/api/notifications?limit=1").body().path("items");
        long since = newest.isEmpty() ? 0 : newest.get(0).path("id").asLong();
        URI uri = URI.create(gatewayUrl.replaceFirst("^http", "ws") + "/ws/notifications?since=" + since + "&access_token="
                + URLEncoder.encode(client.token(), StandardCharsets.UTF_8));
        socket = CollectingWebSocket.connect(uri, Map.of(), Duration.ofSeconds(60));
    }

    /** What the feed pushed so far, in order; nothing before {@link #connect}. */
    List<JsonNode> messages() {
        return socket == null ? List.of() : socket.messages();
    }

    /** How the socket ended, if it did (closed by the other side or failed): for a test's failure message. */
    List<String> ended() {
        return socket == null ? List.of() : socket.ended();
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.close();
        }
    }
}
