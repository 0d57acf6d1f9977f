package io.quorum.testkit;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The V5 paths FakeBybit answers, public or signed, each handed to the instruments or the caller's account. */
final class FakeBybitRoutes {

    record Route(boolean signed, BiFunction<FakeBybitAccount, Map<String, String>, JsonNode> handler) {

        FakeBybitReply answer(FakeBybitAccount account, Map<String, String> params) {
            try {
                return FakeBybitReply.ok(handler.apply(account, params));
            } catch (FakeBybitReply.Refused refused) {
                return FakeBybitReply.error(refused.retCode, refused.getMessage());
            }
        }
    }

    private final Map<String, Route> routes;

    FakeBybitRoutes(FakeBybitInstruments instruments, LongSupplier serverMillis) {
        routes = Map.ofEntries(
                Map.entry("GET /v5/market/time", new Route(false, (account, params) -> time(serverMillis.getAsLong()))),
                Map.entry("GET /v5/market/instruments-info", new Route(false, (account, params) -> {
                    linearOnly(params);
                    return instruments.result(params.getOrDefault("symbol", ""));
                })),
                Map.entry("GET /v5/account/wallet-balance", new Route(true, (account, params) -> {
                    if (!"UNIFIED".equals(params.get("accountType"))) {
                        throw new FakeBybitReply.Refused(10001, "accountType only support UNIFIED.");
                    }
                    return account.walletBalance();
                })),
                Map.entry("POST /v5/order/create", signed(FakeBybitAccount::create)),
                Map.entry("POST /v5/order/cancel", signed(FakeBybitAccount::cancel)),
                Map.entry("POST /v5/order/cancel-all", signed(FakeBybitAccount::cancelAll)),
                Map.entry("GET /v5/order/realtime", signed(FakeBybitAccount::realtime)),
                Map.entry("GET /v5/order/history", signed(FakeBybitAccount::history)),
                Map.entry("GET /v5/execution/list", signed(FakeBybitAccount::executions)),
                Map.entry("GET /v5/position/list", signed(FakeBybitAccount::positionList)),
                Map.entry("POST /v5/position/set-leverage", signed(FakeBybitAccount::setLeverage)),
                Map.entry("POST /v5/position/trading-stop", signed(FakeBybitAccount::tradingStop)));
    }

    Route find(String method, String path) {
        return routes.get(method + " " + path);
    }

    private static Route signed(BiFunction<FakeBybitAccount, Map<String, String>, JsonNode> handler) {
        return new Route(true, (account, params) -> {
            linearOnly(params);
            return handler.apply(account, params);
        });
    }

    /** The fake trades USDT perpetuals only; other categories are refused as Bybit refuses a bad parameter. */
    private static void linearOnly(Map<String, String> params) {
        if (!"linear".equals(params.get("category"))) {
            throw new FakeBybitReply.Refused(10001, "params error: category must be linear on FakeBybit");
        }
    }

    private static JsonNode time(long millis) {
        ObjectNode result = FakeBybit.JSON.createObjectNode();
        result.put("timeSecond", String.valueOf(millis / 1000));
        result.put("timeNano", millis + "000000");
        return result;
    }
}
