package io.quorum.testkit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * FakeBybit's state as Bybit's V5 JSON: each view starts from a recorded example of the real
 * response (resources {@code bybit/*.json}) and overwrites the fields the fake knows, so a client
 * parsing every field the venue sends finds them all.
 */
final class FakeBybitViews {

    private static final ObjectNode ORDER = (ObjectNode) FakeBybitInstruments.template("order.json");
    private static final ObjectNode EXECUTION = (ObjectNode) FakeBybitInstruments.template("execution.json");
    private static final ObjectNode POSITION = (ObjectNode) FakeBybitInstruments.template("position.json");
    private static final ObjectNode WALLET = (ObjectNode) FakeBybitInstruments.template("wallet-account.json");
    private static final AtomicLong SEQ = new AtomicLong(4_688_002_127L);

    private FakeBybitViews() {
    }

    static ObjectNode ids(FakeBybitOrder order) {
        ObjectNode ids = FakeBybit.JSON.createObjectNode();
        ids.put("orderId", order.orderId());
        ids.put("orderLinkId", order.shownLinkId());
        return ids;
    }

    static ObjectNode page(ArrayNode list) {
        ObjectNode page = FakeBybit.JSON.createObjectNode();
        page.set("list", list);
        page.put("nextPageCursor", "");
        page.put("category", "linear");
        return page;
    }

    /**
     * One page of {@code all}: {@code limit} entries (default {@code defaultLimit}, more than {@code maxLimit} refused
     * with 10001 as Bybit does) from the request's {@code cursor}. The next page's cursor is opaque to a client and,
     * like Bybit's, percent-encoded in the answer ({@code offset%3D100}); the client sends it back decoded once.
     */
    static ObjectNode page(List<JsonNode> all, Map<String, String> params, int defaultLimit, int maxLimit) {
        int limit = Integer.parseInt(params.getOrDefault("limit", String.valueOf(defaultLimit)));
        if (limit < 1 || limit > maxLimit) {
            throw new FakeBybitReply.Refused(10001, "params error: limit must be 1.." + maxLimit);
        }
        String cursor = params.getOrDefault("cursor", "");
        int from = 0;
        if (!cursor.isEmpty()) {
            if (!cursor.startsWith("offset=")) {
                throw new FakeBybitReply.Refused(10001, "params error: invalid cursor " + cursor);
            }
            from = Integer.parseInt(cursor.substring("offset=".length()));
        }
        ArrayNode list = FakeBybit.JSON.createArrayNode();
        all.stream().skip(from).limit(limit).forEach(list::add);
        ObjectNode page = page(list);
        if (from + limit < all.size()) {
            page.put("nextPageCursor", "offset%3D" + (from + limit));
        }
        return page;
    }

    static ObjectNode order(FakeBybitOrder order, int leverage) {
        ObjectNode node = ORDER.deepCopy();
        node.put("orderId", order.orderId());
        node.put("orderLinkId", order.shownLinkId());
        node.put("symbol", order.symbol());
        node.put("side", order.side());
        node.put("orderType", order.orderType());
        node.put("price", order.price() == null ? "0" : order.price().toPlainString());
        node.put("qty", order.qty().toPlainString());
        node.put("positionIdx", 0);
        node.put("orderStatus", order.status());
        node.put("leavesQty", order.leavesQty().toPlainString());
        node.put("leavesValue", order.price() == null ? "0" : order.leavesQty().multiply(order.price()).toPlainString());
        node.put("cumExecQty", order.cumExecQty().toPlainString());
        node.put("avgPrice", "0");
        node.put("cancelType", order.status().equals("Cancelled") || order.status().equals("PartiallyFilledCanceled")
                ? "CancelByUser" : "UNKNOWN");
        node.put("rejectReason", order.status().equals("Rejected") ? "EC_NoImmediateQtyToFill" : "EC_NoError");
        node.put("timeInForce", order.timeInForce());
        node.put("reduceOnly", order.reduceOnly());
        node.put("takeProfit", text(order.takeProfit()));
        node.put("stopLoss", text(order.stopLoss()));
        node.put("createdTime", String.valueOf(order.createdTime()));
        node.put("updatedTime", String.valueOf(order.updatedTime()));
        node.remove("cumFeeDetail");
        return node;
    }

    static ObjectNode execution(FakeBybitOrder order, BigDecimal qty, BigDecimal price, BigDecimal fee, boolean maker,
                                BigDecimal leaves, long at) {
        ObjectNode node = EXECUTION.deepCopy();
        node.put("symbol", order.symbol());
        node.put("orderType", order.orderType());
        node.put("orderLinkId", order.shownLinkId());
        node.put("orderId", order.orderId());
        node.put("side", order.side());
        node.put("leavesQty", leaves.toPlainString());
        node.put("execTime", String.valueOf(at));
        node.put("feeCurrency", "USDT");
        node.put("isMaker", maker);
        node.put("execFee", fee.toPlainString());
        node.put("feeRate", maker ? "0.0002" : "0.00055");
        node.put("execId", UUID.randomUUID().toString());
        node.put("markPrice", price.toPlainString());
        node.put("execPrice", price.toPlainString());
        node.put("orderQty", order.qty().toPlainString());
        node.put("orderPrice", order.price() == null ? "0" : order.price().toPlainString());
        node.put("execValue", qty.multiply(price).toPlainString());
        node.put("execQty", qty.toPlainString());
        node.put("seq", SEQ.incrementAndGet());
        return node;
    }

    static ObjectNode position(String symbol, FakeBybitPosition position, int leverage) {
        ObjectNode node = POSITION.deepCopy();
        node.put("symbol", symbol);
        node.put("side", position.side);
        node.put("size", position.size.toPlainString());
        node.put("avgPrice", position.avgPrice.toPlainString());
        node.put("positionValue", position.size.multiply(position.avgPrice).toPlainString());
        node.put("leverage", String.valueOf(leverage));
        node.put("markPrice", position.avgPrice.toPlainString());
        node.put("takeProfit", position.takeProfit.toPlainString());
        node.put("stopLoss", position.stopLoss.toPlainString());
        node.put("unrealisedPnl", "0");
        node.put("curRealisedPnl", "0");
        node.put("cumRealisedPnl", position.cumRealisedPnl.toPlainString());
        node.put("updatedTime", String.valueOf(position.updatedTime));
        return node;
    }

    static ObjectNode wallet(BigDecimal wallet, BigDecimal orderMargin, BigDecimal positionMargin, BigDecimal available) {
        ObjectNode account = WALLET.deepCopy();
        account.put("totalEquity", wallet.toPlainString());
        account.put("totalWalletBalance", wallet.toPlainString());
        account.put("totalMarginBalance", wallet.toPlainString());
        account.put("totalAvailableBalance", available.toPlainString());
        account.put("totalInitialMargin", orderMargin.add(positionMargin).toPlainString());
        ObjectNode coin = ((ObjectNode) account.path("coin").get(0)).deepCopy();
        coin.put("coin", "USDT");
        coin.put("equity", wallet.toPlainString());
        coin.put("walletBalance", wallet.toPlainString());
        coin.put("usdValue", wallet.toPlainString());
        coin.put("totalOrderIM", orderMargin.toPlainString());
        coin.put("totalPositionIM", positionMargin.toPlainString());
        coin.put("spotHedgingQty", "0");
        account.putArray("coin").add(coin);
        ObjectNode result = FakeBybit.JSON.createObjectNode();
        result.putArray("list").add(account);
        return result;
    }

    private static String text(BigDecimal value) {
        return value == null ? "0" : value.toPlainString();
    }
}
