package io.quorum.testkit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code GET /v5/market/kline} of {@link FakeBybitMarket}: category linear, interval 1, optional
 * start / end (ms, inclusive), limit 1–1000 (default 200); the newest {@code limit} klines of the
 * range, newest first, as Bybit answers. Bad parameters are a 10001 in the V5 envelope.
 */
final class FakeBybitMarketKlines {

    private static final Pattern PUBLIC_TOPIC = Pattern.compile(
            "publicTrade\\.[A-Z0-9]+|orderbook\\.(1|50|200|1000)\\.[A-Z0-9]+|tickers\\.[A-Z0-9]+|kline\\.(1|3|5|15|30|60|120|240|360|720|D|W|M)\\.[A-Z0-9]+");

    private FakeBybitMarketKlines() {
    }

    static boolean isPublicTopic(String topic) {
        return PUBLIC_TOPIC.matcher(topic).matches();
    }

    static String answer(String rawQuery, Map<String, List<FakeBybitKline>> klines, List<Map<String, String>> requests) {
        Map<String, String> params = query(rawQuery);
        requests.add(params);
        long now = System.currentTimeMillis();
        String symbol = params.getOrDefault("symbol", "");
        if (!"linear".equals(params.getOrDefault("category", "linear")) || !"1".equals(params.get("interval")) || symbol.isEmpty()) {
            return error("params error: the fake serves category=linear, interval=1 and needs a symbol", now);
        }
        int limit;
        long start;
        long end;
        try {
            limit = Integer.parseInt(params.getOrDefault("limit", "200"));
            start = Long.parseLong(params.getOrDefault("start", "0"));
            end = Long.parseLong(params.getOrDefault("end", String.valueOf(Long.MAX_VALUE)));
        } catch (NumberFormatException e) {
            return error("params error: " + e.getMessage(), now);
        }
        if (limit < 1 || limit > 1000) {
            return error("params error: limit must be 1-1000", now);
        }
        List<FakeBybitKline> range = FakeBybitMarket.newestFirst(klines.getOrDefault(symbol, List.of())).stream()
                .filter(kline -> within(kline.start(), start, end))
                .limit(limit)
                .toList();
        return FakeBybitMarketMessages.envelope(0, "OK", FakeBybitMarketMessages.klineResult(symbol, range), now).toString();
    }

    private static boolean within(Instant start, long from, long until) {
        long millis = start.toEpochMilli();
        return millis >= from && millis <= until;
    }

    private static String error(String message, long now) {
        return FakeBybitMarketMessages.envelope(10001, message, FakeBybit.JSON.createObjectNode(), now).toString();
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }
}
