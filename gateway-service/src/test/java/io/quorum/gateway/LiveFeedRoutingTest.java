package io.quorum.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.ids.UserId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /ws/notifications} through the gateway to a fake notifier (a Reactor Netty WebSocket server that answers
 * each connection with what it received): the browser's token, sent as {@code ?access_token=}, is resolved like
 * any bearer token; the notifier gets the user and the gateway secret, and neither the token nor its parameter.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + GatewayApplication.CONFIG_NAME, "spring.main.web-application-type=reactive"})
class LiveFeedRoutingTest {

    private static final String SECRET = "local-dev-gateway-secret";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final FakeRegistry REGISTRY = new FakeRegistry();
    private static final DisposableServer NOTIFIER = HttpServer.create().host("127.0.0.1").port(0)
            .route(routes -> routes.get("/ws/notifications", (request, response) -> {
                var seen = JSON.createObjectNode();
                seen.put("uri", request.uri());
                seen.put("user", request.requestHeaders().get("X-Quorum-User-Id"));
                seen.put("secret", request.requestHeaders().get("X-Quorum-Gateway-Secret"));
                seen.put("authorization", request.requestHeaders().get("Authorization"));
                // stays open after its message, as the notifier does: a close right behind it could overtake it
                return response.sendWebsocket((in, out) -> out.sendString(Mono.just(JSON.writeValueAsString(seen))).then(Mono.never()));
            }))
            .bindNow();

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("quorum.services.registry-url", REGISTRY::url);
        registry.add("quorum.services.notifier-url", () -> "http://127.0.0.1:" + NOTIFIER.port());
    }

    @AfterAll
    static void stopNotifier() {
        NOTIFIER.disposeNow();
    }

    @Value("${local.server.port}")
    int port;

    /** Connects like a browser: the token in the URL, no headers; answers the first message the notifier sent. */
    private JsonNode firstMessage(String query) throws Exception {
        CompletableFuture<String> first = new CompletableFuture<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port + "/ws/notifications" + query), new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            first.complete(text.toString());
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).get(60, TimeUnit.SECONDS);
        try {
            return JSON.readTree(first.get(60, TimeUnit.SECONDS));
        } finally {
            socket.abort();
        }
    }

    @Test
    void eachBrowserReachesTheNotifierAsItsOwnUserWithoutItsToken() throws Exception {
        UserId alice = UserId.random();
        UserId bob = UserId.random();
        String aliceToken = REGISTRY.tokenFor(alice);
        String bobToken = REGISTRY.tokenFor(bob);

        JsonNode asAlice = firstMessage("?access_token=" + aliceToken + "&since=42");
        JsonNode asBob = firstMessage("?access_token=" + bobToken);

        assertThat(asAlice.path("user").asString()).isEqualTo(alice.toString());
        assertThat(asAlice.path("secret").asString()).isEqualTo(SECRET);
        assertThat(asAlice.path("authorization").isNull()).isTrue();
        assertThat(asAlice.path("uri").asString()).isEqualTo("/ws/notifications?since=42").doesNotContain(aliceToken);
        assertThat(asBob.path("user").asString()).isEqualTo(bob.toString());
        assertThat(asBob.path("uri").asString()).doesNotContain(bobToken).doesNotContain("access_token");
    }

    @Test
    void aBrowserSendingItsOwnUserHeaderIsStillOnlyItsTokensUser() throws Exception {
        UserId alice = UserId.random();
        String token = REGISTRY.tokenFor(alice);
        CompletableFuture<String> first = new CompletableFuture<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("X-Quorum-User-Id", UserId.random().toString())
                .buildAsync(URI.create("ws://localhost:" + port + "/ws/notifications?access_token=" + token),
                        new WebSocket.Listener() {
                            @Override
                            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                                first.complete(data.toString());
                                return null;
                            }
                        }).get(60, TimeUnit.SECONDS);
        try {
            assertThat(JSON.readTree(first.get(60, TimeUnit.SECONDS)).path("user").asString()).isEqualTo(alice.toString());
        } finally {
            socket.abort();
        }
    }

    @Test
    void withoutAValidTokenTheHandshakeIsRefused() {
        for (String query : new String[] {"", "?access_token=not-a-token", "?access_token="}) {
            assertThatThrownBy(() -> HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create("ws://localhost:" + port + "/ws/notifications" + query), new WebSocket.Listener() {
                    }).get(60, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOfSatisfying(WebSocketHandshakeException.class,
                            refused -> assertThat(refused.getResponse().statusCode()).isEqualTo(401));
        }
    }

    @Test
    void theTokenInTheQueryIsAcceptedOnlyOnTheLiveFeed() {
        String token = REGISTRY.tokenFor(UserId.random());
        var response = HttpClient.newHttpClient().sendAsync(java.net.http.HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/notifications?access_token=" + token)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).join();
        assertThat(response.statusCode()).isEqualTo(401);
    }
}
