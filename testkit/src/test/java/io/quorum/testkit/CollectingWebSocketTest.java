package io.quorum.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The collecting client against the fake Bybit's public WebSocket, a real server on a local port. */
class CollectingWebSocketTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private final FakeBybitMarket market = FakeBybitMarket.start();

    @AfterEach
    void stop() {
        market.close();
    }

    @Test
    void collectsEveryTextMessageInTheOrderItCame() throws Exception {
        try (CollectingWebSocket socket = CollectingWebSocket.connect(URI.create(market.streamUrl()), Map.of(), LIMIT)) {
            assertThat(socket.texts()).isEmpty();
            socket.socket().sendText("{\"req_id\":\"s1\",\"op\":\"subscribe\",\"args\":[\"publicTrade.BTCUSDT\"]}", true)
                    .get(60, java.util.concurrent.TimeUnit.SECONDS);

            JsonNode ack = socket.awaitMessages(1, LIMIT).getFirst();
            assertThat(ack.path("op").asString()).isEqualTo("subscribe");
            assertThat(ack.path("success").asBoolean()).isTrue();

            market.pushTrade("BTCUSDT", "104000.5", "0.010", Instant.parse("2026-01-05T10:00:00Z"));
            List<JsonNode> messages = socket.awaitMessages(2, LIMIT);
            assertThat(messages).hasSize(2);
            assertThat(messages.get(0).path("op").asString()).isEqualTo("subscribe");
            assertThat(messages.get(1).path("topic").asString()).isEqualTo("publicTrade.BTCUSDT");
            assertThat(socket.texts()).hasSize(2);
        }
    }

    @Test
    void aRefusedHandshakeFailsWithTheJdksHandshakeExceptionAndItsStatus() {
        market.refuseNextConnections(1);

        assertThatThrownBy(() -> CollectingWebSocket.connect(URI.create(market.streamUrl()), Map.of(), LIMIT))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e).getResponse().statusCode()).isEqualTo(503));
    }
}
