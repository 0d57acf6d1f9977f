package io.quorum.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FakeBybitTest {

    private static final String LIMIT_BUY = "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Limit\","
            + "\"qty\":\"0.010\",\"price\":\"60000.0\",\"timeInForce\":\"GTC\",\"orderLinkId\":\"link-1\",\"stopLoss\":\"55000\"}";

    private final FakeBybit fake = FakeBybit.start();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void answersServerTimeAndTheLinearInstrumentsWithoutSignature() throws Exception {
        JsonNode time = get("/v5/market/time", "", null);
        assertThat(time.path("retCode").asInt()).isZero();
        assertThat(time.path("result").path("timeSecond").asString()).hasSize(10);

        JsonNode instruments = get("/v5/market/instruments-info", "category=linear&symbol=ETHUSDT", null);
        assertThat(instruments.path("result").path("list")).hasSize(1);
        assertThat(instruments.path("result").path("list").get(0).path("priceFilter").path("tickSize").asString()).isEqualTo("0.01");
    }

    @Test
    void refusesUnknownKeysBadSignaturesAndStaleTimestamps() throws Exception {
        assertThat(send("POST", "/v5/order/create", LIMIT_BUY, "other-key", FakeBybit.API_SECRET, now()).path("retCode").asInt())
                .isEqualTo(10003);
        assertThat(send("POST", "/v5/order/create", LIMIT_BUY, FakeBybit.API_KEY, "wrong-secret", now()).path("retCode").asInt())
                .isEqualTo(10004);
        assertThat(send("POST", "/v5/order/create", LIMIT_BUY, FakeBybit.API_KEY, FakeBybit.API_SECRET, now() - 60_000)
                .path("retCode").asInt()).isEqualTo(10002);
        assertThat(fake.account().orders()).isEmpty();
    }

    @Test
    void servesTheOrderHistoryFromItsOrdersWhileRealtimeForgetsEndedOnes() throws Exception {
        assertThat(post("/v5/order/create", LIMIT_BUY).path("retCode").asInt()).isZero();
        fake.account().fill("link-1", new BigDecimal("0.004"), new BigDecimal("59990.0"));
        fake.account().end("link-1", "Cancelled");
        fake.account().closedOrdersInRealtimeFor(Duration.ZERO);

        assertThat(get("/v5/order/realtime", "category=linear&orderLinkId=link-1", FakeBybit.API_KEY).path("result").path("list"))
                .isEmpty();
        JsonNode history = get("/v5/order/history", "category=linear&orderLinkId=link-1", FakeBybit.API_KEY).path("result");
        assertThat(history.path("list")).hasSize(1);
        JsonNode order = history.path("list").get(0);
        assertThat(order.path("orderStatus").asString()).isEqualTo("Cancelled");
        assertThat(order.path("cumExecQty").asString()).isEqualTo("0.004");
        assertThat(Long.parseLong(order.path("updatedTime").asString())).isGreaterThanOrEqualTo(Long.parseLong(order.path("createdTime").asString()));

        for (int i = 0; i < 25; i++) {
            fake.account().placeByHand("BTCUSDT", "Buy", new BigDecimal("0.001"), new BigDecimal("50000.0"), "hand-" + i);
        }
        JsonNode first = get("/v5/order/history", "category=linear&limit=20", FakeBybit.API_KEY).path("result");
        assertThat(first.path("list")).hasSize(20);
        assertThat(first.path("list").get(0).path("orderLinkId").asString()).isEqualTo("hand-24"); // newest first
        String cursor = first.path("nextPageCursor").asString();
        assertThat(cursor).isNotEmpty();
        JsonNode second = get("/v5/order/history", "category=linear&limit=20&cursor=" + cursor, FakeBybit.API_KEY).path("result");
        assertThat(second.path("list")).hasSize(6);
        assertThat(second.path("nextPageCursor").asString()).isEmpty();
        // older than the seven days asked for: not listed; a window wider than seven days: refused as Bybit refuses it
        fake.account().backdate("link-1", Duration.ofDays(8));
        assertThat(get("/v5/order/history", "category=linear&orderLinkId=link-1", FakeBybit.API_KEY).path("result").path("list"))
                .isEmpty();
        assertThat(get("/v5/order/history", "category=linear&startTime=0&endTime=" + now(), FakeBybit.API_KEY).path("retCode")
                .asInt()).isEqualTo(10001);
    }

    @Test
    void keepsOrdersByLinkIdRefusesADuplicateAndFillsOnRequest() throws Exception {
        JsonNode created = post("/v5/order/create", LIMIT_BUY);
        assertThat(created.path("retCode").asInt()).isZero();
        assertThat(post("/v5/order/create", LIMIT_BUY).path("retCode").asInt()).isEqualTo(110072);

        fake.account().fill("link-1", new BigDecimal("59990.0"));

        JsonNode order = get("/v5/order/realtime", "category=linear&orderLinkId=link-1", FakeBybit.API_KEY).path("result").path("list").get(0);
        assertThat(order.path("orderStatus").asString()).isEqualTo("Filled");
        assertThat(order.path("stopLoss").asString()).isEqualTo("55000");
        JsonNode execution = get("/v5/execution/list", "category=linear&symbol=BTCUSDT", FakeBybit.API_KEY).path("result").path("list").get(0);
        assertThat(execution.path("execQty").asString()).isEqualTo("0.010");
        assertThat(execution.path("isMaker").asBoolean()).isTrue();
        JsonNode position = get("/v5/position/list", "category=linear&symbol=BTCUSDT", FakeBybit.API_KEY).path("result").path("list").get(0);
        assertThat(position.path("side").asString()).isEqualTo("Buy");
        assertThat(new BigDecimal(position.path("size").asString())).isEqualByComparingTo("0.01");
        assertThat(fake.account().walletUsdt()).isEqualByComparingTo("9999.88002"); // 10,000 − 0.02 % of 599.90
    }

    @Test
    void answersScriptedFaultsOnlyForTheScriptedNumberOfCalls() throws Exception {
        Instant reset = Instant.now().plusSeconds(2);
        fake.failNext("/v5/order/create", 1, FakeBybitFault.rateLimited(reset))
                .failNext("/v5/order/create", 1, FakeBybitFault.httpStatus(502));

        HttpResponse<String> limited = raw("POST", "/v5/order/create", LIMIT_BUY, FakeBybit.API_KEY, FakeBybit.API_SECRET, now());
        assertThat(limited.body()).contains("\"retCode\":10006");
        assertThat(limited.headers().firstValue("X-Bapi-Limit-Reset-Timestamp")).contains(String.valueOf(reset.toEpochMilli()));
        assertThat(raw("POST", "/v5/order/create", LIMIT_BUY, FakeBybit.API_KEY, FakeBybit.API_SECRET, now()).statusCode()).isEqualTo(502);
        assertThat(post("/v5/order/create", LIMIT_BUY).path("retCode").asInt()).isZero();
        assertThat(fake.account().orders()).hasSize(1);
    }

    @Test
    void aSlowAnswerCanHaveTakenEffectBeforeTheClientGaveUp() throws Exception {
        fake.failNext("/v5/order/create", 1, FakeBybitFault.slowAnswer(Duration.ofMillis(300), true));

        post("/v5/order/create", LIMIT_BUY);

        assertThat(fake.account().order("link-1")).hasValueSatisfying(order -> assertThat(order.isOpen()).isTrue());
    }

    private JsonNode post(String path, String body) throws Exception {
        return send("POST", path, body, FakeBybit.API_KEY, FakeBybit.API_SECRET, now());
    }

    private JsonNode get(String path, String query, String apiKey) throws Exception {
        return send("GET", path, query, apiKey, FakeBybit.API_SECRET, now());
    }

    private JsonNode send(String method, String path, String payload, String apiKey, String secret, long timestamp) throws Exception {
        return FakeBybit.JSON.readTree(raw(method, path, payload, apiKey, secret, timestamp).body());
    }

    private HttpResponse<String> raw(String method, String path, String payload, String apiKey, String secret, long timestamp)
            throws Exception {
        boolean get = method.equals("GET");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fake.baseUrl() + path + (get && !payload.isEmpty() ? "?" + payload : "")))
                .method(method, get ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(payload));
        if (apiKey != null) {
            String ts = String.valueOf(timestamp);
            request.header("X-BAPI-API-KEY", apiKey).header("X-BAPI-TIMESTAMP", ts).header("X-BAPI-RECV-WINDOW", "5000")
                    .header("X-BAPI-SIGN", FakeBybitSignature.sign(secret, ts + apiKey + "5000" + payload));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long now() {
        return System.currentTimeMillis();
    }
}
