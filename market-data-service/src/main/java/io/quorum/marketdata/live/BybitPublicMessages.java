package io.quorum.marketdata.live;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.marketdata.candles.model.Candle;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the Bybit V5 public stream messages our own client handles (linear): acks and pongs,
 * {@code kline.1} and {@code tickers} (trades and the book go through xchange-stream-bybit). Prices and sizes arrive as decimal strings
 * and stay exact; times are the exchange's epoch milliseconds.
 */
final class BybitPublicMessages {

    static final List<String> TICKER_FIELDS = List.of("lastPrice", "highPrice24h", "lowPrice24h", "volume24h",
            "turnover24h", "bid1Price", "ask1Price", "markPrice", "indexPrice");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BybitPublicMessages() {
    }

    static String subscribe(String reqId, List<String> topics) {
        var request = JSON.createObjectNode().put("req_id", reqId).put("op", "subscribe");
        topics.forEach(request.putArray("args")::add);
        return request.toString();
    }

    static String ping(String reqId) {
        return JSON.createObjectNode().put("req_id", reqId).put("op", "ping").toString();
    }

    static PublicMessage read(String text) {
        JsonNode message = JSON.readTree(text);
        if (message.has("op")) {
            return new PublicMessage.Ack(message.path("op").asString(), message.path("success").asBoolean(false),
                    message.path("ret_msg").asString(""));
        }
        String topic = message.path("topic").asString("");
        JsonNode data = message.path("data");
        if (topic.startsWith("kline.1.")) {
            Symbol symbol = Symbol.of(topic.substring("kline.1.".length()));
            JsonNode bar = data.get(0);
            Candle candle = new Candle(symbol, Interval.M1, Instant.ofEpochMilli(bar.path("start").asLong()),
                    Price.of(bar.path("open").asString()), Price.of(bar.path("high").asString()),
                    Price.of(bar.path("low").asString()), Price.of(bar.path("close").asString()),
                    Quantity.of(bar.path("volume").asString()));
            return new PublicMessage.Kline(candle, bar.path("confirm").asBoolean(false));
        }
        if (topic.startsWith("tickers.")) {
            Map<String, BigDecimal> fields = new LinkedHashMap<>();
            for (String field : TICKER_FIELDS) {
                String value = data.path(field).asString("");
                if (!value.isEmpty()) {
                    fields.put(field, new BigDecimal(value));
                }
            }
            return new PublicMessage.Ticker(Symbol.of(data.path("symbol").asString()), fields);
        }
        return new PublicMessage.Ignored(topic.isEmpty() ? "no topic" : topic);
    }
}
