package io.quorum.execution.venue.bybit;

import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.OrderType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchange.bybit.dto.marketdata.instruments.linear.BybitLinearInverseInstrumentInfo;
import org.knowm.xchange.bybit.dto.trade.details.linear.BybitLinearOrderDetail;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Bybit account's V5 client for USDT perpetuals (category linear). Instrument rules, the wallet
 * balance and reading an order by its id go through xchange-bybit 5.2.1; what it cannot do goes
 * through the own adapter with the same signing — cancelling (a stop must work when the clock
 * needed correcting), order creation (its
 * payload has no reduceOnly, timeInForce, takeProfit or stopLoss, and its requests are stamped by a
 * clock a 10002 cannot correct), an order by orderLinkId, open orders, the order history, cancel-all, executions,
 * positions, leverage and trading-stop. Every failure is a {@link VenueFailure}.
 */
public final class BybitLinearClient {

    private static final String LINEAR = "linear";
    /** trading-stop's "not modified": the position already holds these levels. */
    private static final int NOT_MODIFIED = 34040;
    private static final int OPEN_ORDERS_PAGE = 50;
    private static final int EXECUTIONS_PAGE = 100;
    private static final int HISTORY_PAGE = 50;
    /** 1,000 pages of 100 executions: far beyond any account's seven days here; a cursor that never ends is a fault. */
    private static final int MAX_PAGES = 1000;

    private final XChangeBybit library;
    private final BybitV5Http v5;

    public BybitLinearClient(BybitSettings settings, BybitCredentials credentials, Clock clock) {
        this.library = new XChangeBybit(settings, credentials);
        this.v5 = new BybitV5Http(settings, credentials, new VenueClock(clock));
    }

    public List<Instrument> instruments() {
        return library.linearInstruments().stream()
                .map(info -> BybitV5Reading.instrument((BybitLinearInverseInstrumentInfo) info)).toList();
    }

    public WalletBalance walletBalance() {
        return BybitV5Reading.wallet(library.unifiedWallet());
    }

    /** Places the order; answers Bybit's orderId. */
    public String create(NewOrder order) {
        ObjectNode body = BybitV5Http.JSON.createObjectNode();
        body.put("category", LINEAR);
        body.put("symbol", order.symbol().value());
        body.put("side", BybitV5Reading.side(order.side()));
        body.put("orderType", order.type() == OrderType.LIMIT ? "Limit" : "Market");
        body.put("qty", order.quantity().toString());
        order.limitPrice().ifPresent(price -> body.put("price", price.toString()));
        body.put("timeInForce", order.timeInForce().wire);
        body.put("positionIdx", 0);
        body.put("orderLinkId", order.clientOrderId().value());
        body.put("reduceOnly", order.reduceOnly());
        order.takeProfit().ifPresent(price -> body.put("takeProfit", price.toString()));
        order.stopLoss().ifPresent(price -> body.put("stopLoss", price.toString()));
        return v5.post("/v5/order/create", body).path("orderId").asString();
    }

    /**
     * Cancels the order by its orderLinkId, through the own adapter: a bot's stop depends on it, and its requests carry
     * the clock offset measured after a 10002 (xchange-bybit's cannot).
     */
    public void cancel(Symbol symbol, ClientOrderId order) {
        ObjectNode body = BybitV5Http.JSON.createObjectNode();
        body.put("category", LINEAR);
        body.put("symbol", symbol.value());
        body.put("orderLinkId", order.value());
        v5.post("/v5/order/cancel", body);
    }

    /** Cancels every open order of the symbol; answers the orderLinkIds cancelled. */
    public List<String> cancelAll(Symbol symbol) {
        ObjectNode body = BybitV5Http.JSON.createObjectNode();
        body.put("category", LINEAR);
        body.put("symbol", symbol.value());
        return v5.post("/v5/order/cancel-all", body).path("list").valueStream()
                .map(node -> node.path("orderLinkId").asString()).toList();
    }

    /** The order Bybit holds under this orderLinkId, open or recently closed; empty when it has none. */
    public Optional<VenueOrderState> orderByLinkId(ClientOrderId order) {
        return list("/v5/order/realtime", params("orderLinkId", order.value())).stream().findFirst().map(BybitV5Reading::order);
    }

    /**
     * The order under this orderLinkId in Bybit's order history (every status), if it was created in the last seven
     * days — Bybit's history window for a query without times; empty otherwise.
     */
    public Optional<VenueOrderState> orderInHistory(ClientOrderId order) {
        return list("/v5/order/history", params("orderLinkId", order.value())).stream().findFirst().map(BybitV5Reading::order);
    }

    /**
     * The account's order history (USDT-settled, every status), orders created in the last seven days, newest first, read
     * one page of up to 50 at a time as the caller asks for more; the reading ends when Bybit answers no next page.
     */
    public HistoryReading orderHistory() {
        Map<String, String> params = params("settleCoin", "USDT");
        params.put("limit", String.valueOf(HISTORY_PAGE));
        return new HistoryReading(params);
    }

    /** One reading of the order history, page by page ({@link #orderHistory}). */
    public final class HistoryReading {

        private final Map<String, String> params;
        private int pages;
        private boolean done;

        private HistoryReading(Map<String, String> params) {
            this.params = params;
        }

        public boolean hasMore() {
            return !done;
        }

        /** The next page; empty, and {@link #hasMore()} false, once Bybit has no more. */
        public List<VenueOrderState> next() {
            if (done) {
                return List.of();
            }
            if (pages++ >= MAX_PAGES) {
                throw new IllegalStateException("/v5/order/history still had more pages after " + MAX_PAGES);
            }
            JsonNode result = v5.get("/v5/order/history", params);
            List<VenueOrderState> page = result.path("list").valueStream().map(BybitV5Reading::order).toList();
            String cursor = result.path("nextPageCursor").asString("");
            if (cursor.isEmpty() || page.isEmpty()) {
                done = true;
            } else {
                params.put("cursor", URLDecoder.decode(cursor, StandardCharsets.UTF_8));
            }
            return page;
        }
    }

    public Optional<VenueOrderState> orderById(String orderId) {
        return library.orderById(orderId).stream().findFirst()
                .map(detail -> BybitV5Reading.order((BybitLinearOrderDetail) detail));
    }

    /** The symbol's open orders, one page of up to 50 (Bybit's largest; its default is 20). */
    public List<VenueOrderState> openOrders(Symbol symbol) {
        Map<String, String> params = params("symbol", symbol.value());
        params.put("limit", "50");
        return list("/v5/order/realtime", params).stream().map(BybitV5Reading::order).toList();
    }

    /** Every open order of the account (all USDT-settled symbols), every page. */
    public List<VenueOrderState> allOpenOrders() {
        Map<String, String> params = params("settleCoin", "USDT");
        params.put("limit", String.valueOf(OPEN_ORDERS_PAGE));
        return allPages("/v5/order/realtime", params).stream().map(BybitV5Reading::order).toList();
    }

    /**
     * Every execution of the account (of {@code symbol} only, when given) executed at or after {@code since}, or in
     * Bybit's last seven days when {@code since} is empty — every page, newest first. A start time alone means the seven
     * days after it: the caller keeps {@code since} within the last seven days.
     */
    public List<VenueExecution> executions(Optional<Symbol> symbol, Optional<Instant> since) {
        Map<String, String> params = params("limit", String.valueOf(EXECUTIONS_PAGE));
        symbol.ifPresent(value -> params.put("symbol", value.value()));
        since.ifPresent(start -> params.put("startTime", String.valueOf(start.toEpochMilli())));
        return allPages("/v5/execution/list", params).stream().map(BybitV5Reading::execution).toList();
    }

    /** Every execution of one order in Bybit's last seven days, every page. */
    public List<VenueExecution> executionsOf(ClientOrderId order) {
        Map<String, String> params = params("orderLinkId", order.value());
        params.put("limit", String.valueOf(EXECUTIONS_PAGE));
        return allPages("/v5/execution/list", params).stream().map(BybitV5Reading::execution).toList();
    }

    /** The newest fills of the symbol first (Bybit keeps two years; one page of up to 100). */
    public List<VenueExecution> executions(Symbol symbol, int limit) {
        Map<String, String> params = params("symbol", symbol.value());
        params.put("limit", String.valueOf(limit));
        return list("/v5/execution/list", params).stream().map(BybitV5Reading::execution).toList();
    }

    /** The fills of the symbol executed at or after {@code since}, newest first (one page of up to {@code limit}). */
    public List<VenueExecution> executionsSince(Symbol symbol, Instant since, int limit) {
        Map<String, String> params = params("symbol", symbol.value());
        params.put("startTime", String.valueOf(since.toEpochMilli()));
        params.put("limit", String.valueOf(limit));
        return list("/v5/execution/list", params).stream().map(BybitV5Reading::execution).toList();
    }

    /** Every open USDT-settled position. */
    public List<VenuePosition> positions() {
        return list("/v5/position/list", params("settleCoin", "USDT")).stream().map(BybitV5Reading::position).toList();
    }

    /** Sets the symbol's leverage; a leverage already in place (110043) is no failure. */
    public void setLeverage(Symbol symbol, int leverage) {
        ObjectNode body = BybitV5Http.JSON.createObjectNode();
        body.put("category", LINEAR);
        body.put("symbol", symbol.value());
        body.put("buyLeverage", String.valueOf(leverage));
        body.put("sellLeverage", String.valueOf(leverage));
        try {
            v5.post("/v5/position/set-leverage", body);
        } catch (VenueFailure failure) {
            if (failure.retCode() != 110043) {
                throw failure;
            }
        }
    }

    /** The exchange-side take-profit and stop-loss of the whole position (a zero price removes one). */
    public void tradingStop(Symbol symbol, Optional<Price> takeProfit, Optional<Price> stopLoss) {
        ObjectNode body = BybitV5Http.JSON.createObjectNode();
        body.put("category", LINEAR);
        body.put("symbol", symbol.value());
        body.put("tpslMode", "Full");
        body.put("positionIdx", 0);
        takeProfit.ifPresent(price -> body.put("takeProfit", price.toString()));
        stopLoss.ifPresent(price -> body.put("stopLoss", price.toString()));
        tradingStop(body);
    }

    /**
     * Puts exactly these levels on the whole position (tpslMode Full, one-way positionIdx 0): the stop-loss, and the
     * take-profit or none (Bybit removes a level sent as 0). Levels already in place (34040 "not modified") are no
     * failure, so the call can be repeated.
     */
    public void protectPosition(Symbol symbol, Price stopLoss, Optional<Price> takeProfit) {
        ObjectNode body = BybitV5Http.JSON.createObjectNode();
        body.put("category", LINEAR);
        body.put("symbol", symbol.value());
        body.put("tpslMode", "Full");
        body.put("positionIdx", 0);
        body.put("stopLoss", stopLoss.toString());
        body.put("takeProfit", takeProfit.map(Price::toString).orElse("0"));
        tradingStop(body);
    }

    private void tradingStop(ObjectNode body) {
        try {
            v5.post("/v5/position/trading-stop", body);
        } catch (VenueFailure failure) {
            if (failure.retCode() != NOT_MODIFIED) {
                throw failure;
            }
        }
    }

    /** Measures the offset to Bybit's clock again (after a 10002). */
    public void synchroniseClock() {
        v5.synchroniseClock();
    }

    private List<JsonNode> list(String path, Map<String, String> params) {
        return v5.get(path, params).path("list").valueStream().toList();
    }

    /**
     * Follows {@code nextPageCursor} until Bybit answers none. Bybit's cursor comes percent-encoded
     * ({@code page_token%3D39380%26}); it is decoded once here, so the query encoding sends it back as it came.
     */
    private List<JsonNode> allPages(String path, Map<String, String> first) {
        List<JsonNode> all = new ArrayList<>();
        Map<String, String> params = new LinkedHashMap<>(first);
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonNode result = v5.get(path, params);
            result.path("list").valueStream().forEach(all::add);
            String next = result.path("nextPageCursor").asString("");
            if (next.isEmpty() || result.path("list").isEmpty()) {
                return all;
            }
            params.put("cursor", URLDecoder.decode(next, StandardCharsets.UTF_8));
        }
        throw new IllegalStateException(path + " still had more pages after " + MAX_PAGES);
    }

    private static Map<String, String> params(String name, String value) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("category", LINEAR);
        params.put(name, value);
        return params;
    }
}
