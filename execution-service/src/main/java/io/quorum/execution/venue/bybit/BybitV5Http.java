package io.quorum.execution.venue.bybit;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The own V5 adapter's transport: signed GET and POST with the same signing as xchange-bybit
 * ({@link BybitSigner}) plus the X-BAPI-RECV-WINDOW header, stamped by the {@link VenueClock} (so a
 * 10002 can be corrected), and the envelope unwrapped: the {@code result} on retCode 0, otherwise a
 * {@link VenueFailure} carrying the retCode and the X-Bapi-Limit-Reset-Timestamp header.
 */
final class BybitV5Http {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final BybitSettings settings;
    private final BybitCredentials credentials;
    private final BybitSigner signer;
    private final VenueClock clock;
    private final HttpClient http;

    BybitV5Http(BybitSettings settings, BybitCredentials credentials, VenueClock clock) {
        this.settings = settings;
        this.credentials = credentials;
        this.signer = new BybitSigner(credentials);
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    JsonNode getPublic(String path, Map<String, String> params) {
        return send(HttpRequest.newBuilder(uri(path, query(params))).GET());
    }

    JsonNode get(String path, Map<String, String> params) {
        String query = query(params);
        return send(signed(HttpRequest.newBuilder(uri(path, query)).GET(), query));
    }

    JsonNode post(String path, ObjectNode body) {
        String json = JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path, ""))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return send(signed(request, json));
    }

    /** Reads Bybit's time and corrects the clock signed requests are stamped with. */
    void synchroniseClock() {
        long sentAt = clock.localMillis();
        JsonNode result = getPublic("/v5/market/time", Map.of());
        long receivedAt = clock.localMillis();
        long serverMillis = Long.parseLong(result.path("timeNano").asString()) / 1_000_000;
        clock.synchronise(serverMillis, sentAt, receivedAt);
    }

    private HttpRequest.Builder signed(HttpRequest.Builder request, String payload) {
        long timestamp = clock.nowMillis();
        String recvWindow = String.valueOf(settings.recvWindow().toMillis());
        return request.header("X-BAPI-API-KEY", credentials.apiKey())
                .header("X-BAPI-TIMESTAMP", String.valueOf(timestamp))
                .header("X-BAPI-RECV-WINDOW", recvWindow)
                .header("X-BAPI-SIGN", signer.sign(timestamp, recvWindow, payload));
    }

    private JsonNode send(HttpRequest.Builder request) {
        HttpResponse<String> response;
        try {
            response = http.send(request.timeout(settings.timeout()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException timeout) {
            throw VenueFailure.timedOut(timeout);
        } catch (IOException unreachable) {
            throw VenueFailure.unreachable(unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw VenueFailure.unreachable(interrupted);
        }
        if (response.statusCode() != 200) {
            throw VenueFailure.httpStatus(response.statusCode(), null);
        }
        JsonNode envelope = JSON.readTree(response.body());
        int retCode = envelope.path("retCode").asInt(-1);
        if (retCode != 0) {
            Instant resetAt = response.headers().firstValue("X-Bapi-Limit-Reset-Timestamp")
                    .map(millis -> Instant.ofEpochMilli(Long.parseLong(millis))).orElse(null);
            throw VenueFailure.refused(retCode, envelope.path("retMsg").asString(""), resetAt);
        }
        return envelope.path("result");
    }

    private URI uri(String path, String query) {
        return URI.create(settings.root() + path + (query.isEmpty() ? "" : "?" + query));
    }

    private static String query(Map<String, String> params) {
        return params.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
