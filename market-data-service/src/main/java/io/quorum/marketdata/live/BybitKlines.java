package io.quorum.marketdata.live;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.marketdata.candles.model.Candle;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bybit's REST {@code GET /v5/market/kline} for 1m linear klines: a public call, no key. Bybit
 * answers newest first and includes the minute still open; a page here is oldest first and only
 * the minutes closed by the exchange's own clock (the envelope's {@code time}).
 */
public class BybitKlines {

    static final int MAX_LIMIT = 1000;

    /** The closed candles of one request, oldest first, and the exchange's clock when it answered. */
    public record Page(List<Candle> closed, Instant exchangeTime) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final URI restUrl;

    public BybitKlines(HttpClient http, URI restUrl) {
        this.http = http;
        this.restUrl = restUrl;
    }

    /** Minutes opening in {@code [start, end]} (both inclusive, at most 1000), or the newest 1000 when start is null. */
    public Page page(Symbol symbol, Instant start, Instant end) {
        String query = "category=linear&symbol=" + symbol + "&interval=1&limit=" + MAX_LIMIT
                + (start == null ? "" : "&start=" + start.toEpochMilli() + "&end=" + end.toEpochMilli());
        HttpRequest request = HttpRequest.newBuilder(restUrl.resolve("/v5/market/kline?" + query))
                .timeout(Duration.ofSeconds(10)).GET().build();
        JsonNode body;
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("kline backfill for " + symbol + ": HTTP " + response.statusCode());
            }
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("kline backfill for " + symbol + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the kline backfill", e);
        }
        if (body.path("retCode").asInt(-1) != 0) {
            throw new IllegalStateException("kline backfill for " + symbol + ": retCode " + body.path("retCode").asString()
                    + " " + body.path("retMsg").asString());
        }
        Instant exchangeTime = Instant.ofEpochMilli(body.path("time").asLong());
        List<Candle> closed = new ArrayList<>();
        for (JsonNode row : body.path("result").path("list")) {
            Candle candle = new Candle(symbol, Interval.M1, Instant.ofEpochMilli(Long.parseLong(row.get(0).asString())),
                    Price.of(row.get(1).asString()), Price.of(row.get(2).asString()), Price.of(row.get(3).asString()),
                    Price.of(row.get(4).asString()), Quantity.of(row.get(5).asString()));
            if (!candle.closeTime().isAfter(exchangeTime)) {
                closed.add(candle);
            }
        }
        closed.sort(Comparator.comparing(Candle::openTime));
        return new Page(List.copyOf(closed), exchangeTime);
    }
}
