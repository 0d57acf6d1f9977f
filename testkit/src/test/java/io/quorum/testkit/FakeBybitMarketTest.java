package io.quorum.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FakeBybitMarketTest {

    private static final Instant MINUTE = Instant.parse("2026-01-05T10:00:00Z");

    private final FakeBybitMarket market = FakeBybitMarket.start();
    private final HttpClient http = HttpClient.newHttpClient();
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

    @AfterEach
    void stop() {
        market.close();
    }

    private WebSocket connect() {
        return http.newWebSocketBuilder().buildAsync(URI.create(market.streamUrl()), new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    received.add(text.toString());
                    text.setLength(0);
                }
                socket.request(1);
                return null;
            }
        }).join();
    }

    private JsonNode next() throws InterruptedException {
        String message = received.poll(10, TimeUnit.SECONDS);
        assertThat(message).as("a message from the fake").isNotNull();
        return FakeBybit.JSON.readTree(message);
    }

    @Test
    void acknowledgesASubscriptionAndPushesTradesAndKlinesInBybitsShapes() throws Exception {
        WebSocket socket = connect();
        socket.sendText("{\"req_id\":\"s1\",\"op\":\"subscribe\",\"args\":[\"publicTrade.BTCUSDT\",\"kline.1.BTCUSDT\"]}", true).join();

        JsonNode ack = next();
        assertThat(ack.path("success").asBoolean()).isTrue();
        assertThat(ack.path("op").asString()).isEqualTo("subscribe");
        assertThat(ack.path("req_id").asString()).isEqualTo("s1");

        assertThat(market.pushTrade("BTCUSDT", "16578.50", "0.001", MINUTE.plusMillis(1500))).isEqualTo(1);
        JsonNode trade = next();
        assertThat(trade.path("topic").asString()).isEqualTo("publicTrade.BTCUSDT");
        assertThat(trade.path("data").get(0).path("p").asString()).isEqualTo("16578.50");
        assertThat(trade.path("data").get(0).path("T").asLong()).isEqualTo(MINUTE.toEpochMilli() + 1500);

        market.pushKline("BTCUSDT", FakeBybitKline.of(MINUTE, "10", "12", "9", "11", "3"), true);
        JsonNode kline = next().path("data").get(0);
        assertThat(kline.path("start").asLong()).isEqualTo(MINUTE.toEpochMilli());
        assertThat(kline.path("confirm").asBoolean()).isTrue();
        assertThat(kline.path("high").asString()).isEqualTo("12");

        assertThat(market.pushTrade("ETHUSDT", "1", "1", MINUTE)).as("nobody subscribed to ETHUSDT").isZero();
        assertThat(market.subscribeRequests()).containsExactly("publicTrade.BTCUSDT", "kline.1.BTCUSDT");
    }

    @Test
    void answersPingsWithPongAndRecordsThem() throws Exception {
        WebSocket socket = connect();
        socket.sendText("{\"op\":\"ping\",\"req_id\":\"p1\"}", true).join();

        JsonNode pong = next();
        assertThat(pong.path("ret_msg").asString()).isEqualTo("pong");
        assertThat(pong.path("op").asString()).isEqualTo("ping");
        assertThat(market.pings()).hasSize(1);
    }

    @Test
    void refusesAnUnknownTopicAndSendsTheBookSnapshotOnSubscription() throws Exception {
        market.setOrderBook("BTCUSDT", 50, List.<String[]>of(new String[] {"100.5", "2"}), List.<String[]>of(new String[] {"101", "1"}), MINUTE);
        WebSocket socket = connect();
        socket.sendText("{\"op\":\"subscribe\",\"args\":[\"candles.BTCUSDT\"]}", true).join();
        assertThat(next().path("success").asBoolean()).isFalse();

        socket.sendText("{\"op\":\"subscribe\",\"args\":[\"orderbook.50.BTCUSDT\"]}", true).join();
        assertThat(next().path("success").asBoolean()).isTrue();
        JsonNode snapshot = next();
        assertThat(snapshot.path("type").asString()).isEqualTo("snapshot");
        assertThat(snapshot.path("data").path("b").get(0).get(0).asString()).isEqualTo("100.5");
    }

    @Test
    void numbersABooksUpdatesConsecutivelyAndALaterSubscriberGetsTheBookAsItNowStands() throws Exception {
        WebSocket first = connect();
        first.sendText("{\"op\":\"subscribe\",\"args\":[\"orderbook.50.ETHUSDT\"]}", true).join();
        assertThat(next().path("success").asBoolean()).isTrue();
        market.setOrderBook("ETHUSDT", 50, List.<String[]>of(new String[] {"3000", "1"}, new String[] {"3000.5", "2"}),
                List.<String[]>of(new String[] {"3001", "4"}), MINUTE);
        JsonNode snapshot = next();
        assertThat(snapshot.path("data").path("b").get(0).get(0).asString()).as("best bid first").isEqualTo("3000.5");
        long u = snapshot.path("data").path("u").asLong();
        market.pushOrderBookDelta("ETHUSDT", 50, List.<String[]>of(new String[] {"3000.5", "0"}),
                List.<String[]>of(new String[] {"3000.8", "1.5"}), MINUTE.plusMillis(20));
        JsonNode delta = next();
        assertThat(delta.path("type").asString()).isEqualTo("delta");
        assertThat(delta.path("data").path("u").asLong()).isEqualTo(u + 1);

        WebSocket second = connect();
        second.sendText("{\"op\":\"subscribe\",\"args\":[\"orderbook.50.ETHUSDT\"]}", true).join();
        assertThat(next().path("success").asBoolean()).isTrue();
        JsonNode now = next();
        assertThat(now.path("type").asString()).isEqualTo("snapshot");
        assertThat(now.path("data").path("u").asLong()).isEqualTo(u + 1);
        assertThat(now.path("ts").asLong()).isEqualTo(MINUTE.toEpochMilli() + 20);
        assertThat(now.path("data").path("b")).hasSize(1);
        assertThat(now.path("data").path("b").get(0).get(0).asString()).isEqualTo("3000");
        assertThat(now.path("data").path("a").get(0).get(0).asString()).isEqualTo("3000.8");
    }

    @Test
    void aSilentMarketAnswersNothingButStillTakesOpsAndRecordsPings() throws Exception {
        WebSocket socket = connect();
        market.silence(true);
        socket.sendText("{\"req_id\":\"p1\",\"op\":\"ping\"}", true).join();
        socket.sendText("{\"req_id\":\"s1\",\"op\":\"subscribe\",\"args\":[\"publicTrade.BTCUSDT\"]}", true).join();
        await().atMost(Duration.ofSeconds(10)).until(() -> market.isSubscribed("publicTrade.BTCUSDT"));
        assertThat(market.pushTrade("BTCUSDT", "1", "1", MINUTE)).isZero();
        assertThat(market.pings()).hasSize(1);

        market.silence(false);
        socket.sendText("{\"req_id\":\"p2\",\"op\":\"ping\"}", true).join();
        JsonNode first = next();
        assertThat(first.path("req_id").asString()).as("nothing was sent while silent").isEqualTo("p2");
        assertThat(first.path("ret_msg").asString()).isEqualTo("pong");
    }

    @Test
    void dropsEveryConnectionAndRefusesTheNextHandshakes() {
        connect();
        await().atMost(Duration.ofSeconds(10)).until(() -> market.openConnections() == 1);
        market.refuseNextConnections(1);
        market.dropConnections();

        assertThatThrownBy(this::connect).hasCauseInstanceOf(java.net.http.WebSocketHandshakeException.class);
        assertThat(market.connectionsRefused()).isEqualTo(1);
        connect();
        assertThat(market.connectionsOpened()).isEqualTo(2);
    }

    @Test
    void servesLoadedKlinesNewestFirstWithinTheRangeAndLimit() throws Exception {
        market.loadKlines("BTCUSDT", List.of(
                FakeBybitKline.of(MINUTE, "1", "2", "1", "2", "5"),
                FakeBybitKline.of(MINUTE.plusSeconds(60), "2", "3", "2", "3", "5"),
                FakeBybitKline.of(MINUTE.plusSeconds(120), "3", "4", "3", "4", "5")));
        String url = market.restUrl() + "/v5/market/kline?category=linear&symbol=BTCUSDT&interval=1&start="
                + MINUTE.toEpochMilli() + "&end=" + MINUTE.plusSeconds(120).toEpochMilli() + "&limit=2";

        JsonNode body = FakeBybit.JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body());

        assertThat(body.path("retCode").asInt()).isZero();
        JsonNode list = body.path("result").path("list");
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get(0).asString()).isEqualTo(String.valueOf(MINUTE.plusSeconds(120).toEpochMilli()));
        assertThat(list.get(1).get(4).asString()).isEqualTo("3");
        assertThat(market.klineRequests()).hasSize(1);
    }
}
