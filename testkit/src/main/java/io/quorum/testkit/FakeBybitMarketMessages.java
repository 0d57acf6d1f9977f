package io.quorum.testkit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public stream's messages in Bybit's V5 shapes (see {@code websocket__public__*} and
 * {@code websocket__wss-authentication__*} in the shared API examples), and the REST kline result.
 */
final class FakeBybitMarketMessages {

    private FakeBybitMarketMessages() {
    }

    /** The answer to a subscribe, unsubscribe or ping op. */
    static String ack(String op, String connId, String reqId, boolean success, String retMsg) {
        ObjectNode ack = FakeBybit.JSON.createObjectNode();
        ack.put("success", success);
        ack.put("ret_msg", retMsg);
        ack.put("conn_id", connId);
        ack.put("req_id", reqId);
        ack.put("op", op);
        return ack.toString();
    }

    static String trade(String symbol, BigDecimal price, BigDecimal size, String side, Instant time, long seq) {
        ObjectNode trade = FakeBybit.JSON.createObjectNode();
        trade.put("T", time.toEpochMilli());
        trade.put("s", symbol);
        trade.put("S", side);
        trade.put("v", size.toPlainString());
        trade.put("p", price.toPlainString());
        trade.put("L", "PlusTick");
        trade.put("i", UUID.randomUUID().toString());
        trade.put("BT", false);
        trade.put("seq", seq);
        ObjectNode message = push("publicTrade." + symbol, "snapshot", time);
        message.putArray("data").add(trade);
        return message.toString();
    }

    static String kline(String symbol, FakeBybitKline kline, boolean confirm, Instant at) {
        ObjectNode bar = FakeBybit.JSON.createObjectNode();
        bar.put("start", kline.start().toEpochMilli());
        bar.put("end", kline.start().toEpochMilli() + 59_999);
        bar.put("interval", "1");
        bar.put("open", kline.open().toPlainString());
        bar.put("close", kline.close().toPlainString());
        bar.put("high", kline.high().toPlainString());
        bar.put("low", kline.low().toPlainString());
        bar.put("volume", kline.volume().toPlainString());
        bar.put("turnover", kline.turnover().toPlainString());
        bar.put("confirm", confirm);
        bar.put("timestamp", at.toEpochMilli());
        ObjectNode message = push("kline.1." + symbol, "snapshot", at);
        message.putArray("data").add(bar);
        return message.toString();
    }

    static String ticker(String symbol, Map<String, String> fields, Instant at) {
        ObjectNode message = push("tickers." + symbol, "snapshot", at);
        ObjectNode data = message.putObject("data");
        data.put("symbol", symbol);
        fields.forEach(data::put);
        return message.toString();
    }

    /**
     * {@code levels} are [price, size] pairs; a size of 0 in a delta removes the level. {@code u} is the topic's
     * update id (consecutive: a delta is the snapshot's u + 1, + 2, …), {@code seq} the cross sequence.
     */
    static String orderBook(String topic, String symbol, String type, List<String[]> bids, List<String[]> asks,
                            long updateId, long crossSequence, Instant at) {
        ObjectNode message = push(topic, type, at);
        ObjectNode data = message.putObject("data");
        data.put("s", symbol);
        levels(data.putArray("b"), bids);
        levels(data.putArray("a"), asks);
        data.put("u", updateId);
        data.put("seq", crossSequence);
        message.put("cts", at.toEpochMilli());
        return message.toString();
    }

    /** The {@code result} of {@code /v5/market/kline}: newest first, each row [start, open, high, low, close, volume, turnover]. */
    static ObjectNode klineResult(String symbol, List<FakeBybitKline> newestFirst) {
        ObjectNode result = FakeBybit.JSON.createObjectNode();
        result.put("symbol", symbol);
        result.put("category", "linear");
        ArrayNode list = result.putArray("list");
        for (FakeBybitKline kline : newestFirst) {
            list.addArray().add(String.valueOf(kline.start().toEpochMilli())).add(kline.open().toPlainString())
                    .add(kline.high().toPlainString()).add(kline.low().toPlainString()).add(kline.close().toPlainString())
                    .add(kline.volume().toPlainString()).add(kline.turnover().toPlainString());
        }
        return result;
    }

    static ObjectNode envelope(int retCode, String retMsg, ObjectNode result, long time) {
        ObjectNode root = FakeBybit.JSON.createObjectNode();
        root.put("retCode", retCode);
        root.put("retMsg", retMsg);
        root.set("result", result);
        root.putObject("retExtInfo");
        root.put("time", time);
        return root;
    }

    private static ObjectNode push(String topic, String type, Instant at) {
        ObjectNode message = FakeBybit.JSON.createObjectNode();
        message.put("topic", topic);
        message.put("type", type);
        message.put("ts", at.toEpochMilli());
        return message;
    }

    private static void levels(ArrayNode side, List<String[]> levels) {
        levels.forEach(level -> side.addArray().add(level[0]).add(level[1]));
    }
}
