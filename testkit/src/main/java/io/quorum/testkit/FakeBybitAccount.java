package io.quorum.testkit;

import static io.quorum.testkit.FakeBybitParams.decimal;
import static io.quorum.testkit.FakeBybitParams.matches;
import static io.quorum.testkit.FakeBybitParams.onStep;
import static io.quorum.testkit.FakeBybitParams.oneOf;
import static io.quorum.testkit.FakeBybitParams.optionalDecimal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One unified account of {@link FakeBybit}: its USDT wallet, its orders (kept after they close, so
 * an orderLinkId is never reusable: 110072), its fills and one-way positions, its leverage per
 * symbol. Orders rest until the test fills them with {@link #fill}; fees are Bybit's default linear
 * tier (maker 0.02 % for limit orders, taker 0.055 % for market orders).
 */
public final class FakeBybitAccount {

    private static final BigDecimal MAKER = new BigDecimal("0.0002");
    private static final BigDecimal TAKER = new BigDecimal("0.00055");

    private final String apiKey;
    private final String secret;
    private final FakeBybitInstruments instruments;
    private final LongSupplier clock;
    private final Map<String, FakeBybitOrder> ordersByLinkId = new LinkedHashMap<>();
    private final Map<String, FakeBybitPosition> positions = new LinkedHashMap<>();
    private final Map<String, Integer> leverage = new LinkedHashMap<>();
    private final List<ObjectNode> executions = new ArrayList<>();
    /** How long an ended order is still answered by {@code /v5/order/realtime} when asked for by its id. */
    private Duration closedInRealtime = Duration.ofMinutes(10);
    private BigDecimal wallet;
    private int tradingStops;

    FakeBybitAccount(String apiKey, String secret, BigDecimal usdt, FakeBybitInstruments instruments, LongSupplier clock) {
        this.apiKey = apiKey;
        this.secret = secret;
        this.wallet = usdt;
        this.instruments = instruments;
        this.clock = clock;
    }

    String apiKey() {
        return apiKey;
    }

    String secret() {
        return secret;
    }

    // ---- what a test reads and does ----

    public synchronized List<FakeBybitOrder> orders() {
        return List.copyOf(ordersByLinkId.values());
    }

    public synchronized Optional<FakeBybitOrder> order(String orderLinkId) {
        return Optional.ofNullable(ordersByLinkId.get(orderLinkId));
    }

    public synchronized BigDecimal walletUsdt() {
        return wallet;
    }

    /** Money moved in or out of the account (a deposit, a withdrawal, a loss elsewhere): the wallet now holds {@code usdt}. */
    public synchronized FakeBybitAccount setWalletUsdt(BigDecimal usdt) {
        wallet = usdt;
        return this;
    }

    public synchronized int leverage(String symbol) {
        return leverage.getOrDefault(symbol, 10);
    }

    /** Fills what is left of the order at {@code price}. */
    public FakeBybitAccount fill(String orderLinkId, BigDecimal price) {
        return fill(orderLinkId, null, price);
    }

    /** Fills {@code qty} of the order (all that is left when null) at {@code price}: one execution. */
    public synchronized FakeBybitAccount fill(String orderLinkId, BigDecimal qty, BigDecimal price) {
        FakeBybitOrder order = ordersByLinkId.get(orderLinkId);
        if (order == null || !order.isOpen()) {
            throw new IllegalStateException("no open order " + orderLinkId + " to fill");
        }
        BigDecimal filled = qty == null ? order.leavesQty() : qty;
        if (filled.signum() <= 0 || filled.compareTo(order.leavesQty()) > 0) {
            throw new IllegalArgumentException("cannot fill " + filled + " of " + order.leavesQty() + " left");
        }
        long now = clock.getAsLong();
        boolean maker = order.orderType().equals("Limit");
        BigDecimal fee = filled.multiply(price).multiply(maker ? MAKER : TAKER);
        BigDecimal cum = order.cumExecQty().add(filled);
        ordersByLinkId.put(orderLinkId, order.withStatus(cum.compareTo(order.qty()) == 0 ? "Filled" : "PartiallyFilled", cum, now));
        FakeBybitPosition position = position(order.symbol());
        boolean opening = !position.isOpen() || position.side.equals(order.side());
        wallet = wallet.subtract(fee).add(position.apply(order.side(), filled, price, now));
        if (opening && position.isOpen()) { // an order's take-profit / stop-loss go onto the position it opens or grows (Full mode)
            position.takeProfit = order.takeProfit() == null ? position.takeProfit : order.takeProfit();
            position.stopLoss = order.stopLoss() == null ? position.stopLoss : order.stopLoss();
        }
        executions.add(0, FakeBybitViews.execution(order, filled, price, fee, maker, order.qty().subtract(cum), now));
        return this;
    }

    /**
     * Bybit reaches the stop-loss it holds on the position in {@code symbol} and closes the whole position itself, at
     * {@code price} (a stop fills at market, so a little off the level): a reduce-only market order with no orderLinkId,
     * its execution carrying {@code stopOrderType} StopLoss, as Bybit lists it.
     */
    public synchronized FakeBybitOrder triggerStopLoss(String symbol, BigDecimal price) {
        FakeBybitPosition position = position(symbol);
        if (position.stopLoss.signum() == 0) {
            throw new IllegalStateException("the position in " + symbol + " has no stop-loss to trigger");
        }
        return closeByVenue(symbol, position.size, price, "Trade", "StopLoss");
    }

    /**
     * As {@link #triggerStopLoss}, for a partial stop-loss (tpslMode Partial) closing {@code qty} of the position
     * (stopOrderType PartialStopLoss).
     */
    public synchronized FakeBybitOrder triggerPartialStopLoss(String symbol, BigDecimal qty, BigDecimal price) {
        if (qty.compareTo(position(symbol).size) > 0) {
            throw new IllegalArgumentException("cannot close " + qty + " of " + position(symbol).size);
        }
        return closeByVenue(symbol, qty, price, "Trade", "PartialStopLoss");
    }

    /** As {@link #triggerStopLoss}, for the position's take-profit (stopOrderType TakeProfit). */
    public synchronized FakeBybitOrder triggerTakeProfit(String symbol, BigDecimal price) {
        FakeBybitPosition position = position(symbol);
        if (position.takeProfit.signum() == 0) {
            throw new IllegalStateException("the position in " + symbol + " has no take-profit to trigger");
        }
        return closeByVenue(symbol, position.size, price, "Trade", "TakeProfit");
    }

    /**
     * Bybit liquidates the position in {@code symbol} at its bankruptcy price {@code price}: the whole position closed by
     * an order of Bybit's own, its execution of execType BustTrade.
     */
    public synchronized FakeBybitOrder liquidate(String symbol, BigDecimal price) {
        return closeByVenue(symbol, position(symbol).size, price, "BustTrade", "UNKNOWN");
    }

    /**
     * Bybit settles funding on the open position in {@code symbol}: the wallet pays {@code fee} (negative: receives it),
     * and the execution list shows an entry of execType Funding — no order of anyone's behind it, the position's size
     * as its quantity and the mark price as its price, as Bybit lists funding.
     */
    public synchronized FakeBybitAccount chargeFunding(String symbol, BigDecimal markPrice, BigDecimal fee) {
        FakeBybitPosition position = position(symbol);
        if (!position.isOpen()) {
            throw new IllegalStateException("no position in " + symbol + " to charge funding on");
        }
        long now = clock.getAsLong();
        FakeBybitOrder funding = new FakeBybitOrder(now + "-" + symbol + "-Funding", FakeBybitOrder.UNLINKED + UUID.randomUUID(),
                symbol, position.side, "UNKNOWN", null, position.size, "UNKNOWN", false, null, null, "Filled", position.size, now, now);
        wallet = wallet.subtract(fee);
        ObjectNode execution = FakeBybitViews.execution(funding, position.size, markPrice, fee, false, BigDecimal.ZERO, now);
        execution.put("execType", "Funding");
        execution.put("stopOrderType", "UNKNOWN");
        executions.add(0, execution);
        return this;
    }

    private FakeBybitOrder closeByVenue(String symbol, BigDecimal qty, BigDecimal price, String execType, String stopOrderType) {
        FakeBybitPosition position = position(symbol);
        if (!position.isOpen()) {
            throw new IllegalStateException("no position in " + symbol + " to close");
        }
        String side = position.side.equals("Buy") ? "Sell" : "Buy";
        long now = clock.getAsLong();
        FakeBybitOrder order = new FakeBybitOrder(UUID.randomUUID().toString(), FakeBybitOrder.UNLINKED + UUID.randomUUID(),
                symbol, side, "Market", null, qty, "IOC", true, null, null, "Filled", qty, now, now);
        ordersByLinkId.put(order.orderLinkId(), order);
        BigDecimal fee = qty.multiply(price).multiply(TAKER);
        wallet = wallet.subtract(fee).add(position.apply(side, qty, price, now));
        ObjectNode execution = FakeBybitViews.execution(order, qty, price, fee, false, BigDecimal.ZERO, now);
        execution.put("execType", execType);
        execution.put("stopOrderType", stopOrderType);
        executions.add(0, execution);
        return order;
    }

    /**
     * Bybit ends what is left of the order by itself — an IOC order's remainder when the book had no more, a market
     * order it could not fill: Cancelled, its fills kept.
     */
    public synchronized FakeBybitAccount expire(String orderLinkId) {
        FakeBybitOrder order = ordersByLinkId.get(orderLinkId);
        if (order == null || !order.isOpen()) {
            throw new IllegalStateException("no open order " + orderLinkId + " to end");
        }
        ordersByLinkId.put(orderLinkId, order.withStatus("Cancelled", order.cumExecQty(), clock.getAsLong()));
        return this;
    }

    /**
     * Bybit ends what is left of the order by itself with {@code status} — {@code Cancelled} (by the user on the
     * website, or the exchange), {@code PartiallyFilledCanceled}, {@code Rejected} or {@code Deactivated} — its fills kept.
     */
    public synchronized FakeBybitAccount end(String orderLinkId, String status) {
        if (!List.of("Cancelled", "PartiallyFilledCanceled", "Rejected", "Deactivated").contains(status)) {
            throw new IllegalArgumentException("not an end Bybit gives an order: " + status);
        }
        FakeBybitOrder order = ordersByLinkId.get(orderLinkId);
        if (order == null || !order.isOpen()) {
            throw new IllegalStateException("no open order " + orderLinkId + " to end");
        }
        ordersByLinkId.put(orderLinkId, order.withStatus(status, order.cumExecQty(), clock.getAsLong()));
        return this;
    }

    /**
     * How long an ended order is still answered by {@code /v5/order/realtime} when asked for by its orderId or
     * orderLinkId (10 minutes unless set; Bybit answers only recently closed orders there): after that only
     * {@code /v5/order/history} knows it. {@link Duration#ZERO}: realtime answers open orders only.
     */
    public synchronized FakeBybitAccount closedOrdersInRealtimeFor(Duration keep) {
        closedInRealtime = keep;
        return this;
    }

    /**
     * Moves the order's creation and last change {@code by} into the past (an order placed and ended long ago), its
     * executions with it; nothing else changes.
     */
    public synchronized FakeBybitAccount backdate(String orderLinkId, Duration by) {
        FakeBybitOrder order = ordersByLinkId.get(orderLinkId);
        if (order == null) {
            throw new IllegalStateException("no order " + orderLinkId);
        }
        long millis = by.toMillis();
        ordersByLinkId.put(orderLinkId, new FakeBybitOrder(order.orderId(), order.orderLinkId(), order.symbol(), order.side(),
                order.orderType(), order.price(), order.qty(), order.timeInForce(), order.reduceOnly(), order.takeProfit(),
                order.stopLoss(), order.status(), order.cumExecQty(), order.createdTime() - millis, order.updatedTime() - millis));
        for (ObjectNode execution : executions) {
            if (execution.path("orderId").asString().equals(order.orderId())) {
                execution.put("execTime", String.valueOf(Long.parseLong(execution.path("execTime").asString()) - millis));
            }
        }
        executions.sort((a, b) -> Long.compare(Long.parseLong(b.path("execTime").asString()),
                Long.parseLong(a.path("execTime").asString())));
        return this;
    }

    /**
     * Reports the newest execution once more, under the same execId (as Bybit does when a page is read again
     * across a poll boundary): a client must apply it once.
     */
    public synchronized FakeBybitAccount repeatNewestExecution() {
        if (executions.isEmpty()) {
            throw new IllegalStateException("no execution to repeat");
        }
        executions.add(0, executions.getFirst().deepCopy());
        return this;
    }

    /**
     * An order placed on the account by other means than Quorum (by hand on the website, another program):
     * {@code orderLinkId} as that program chose it, empty for none (Bybit then shows none either; the fake keys
     * it by a random key, which {@link FakeBybitOrder#orderLinkId()} returns for {@link #fill}). A null {@code price} is a market order, which rests until the test fills it like any other.
     */
    public synchronized FakeBybitOrder placeByHand(String symbol, String side, BigDecimal qty, BigDecimal price, String orderLinkId) {
        String key = orderLinkId.isEmpty() ? FakeBybitOrder.UNLINKED + UUID.randomUUID() : orderLinkId;
        FakeBybitOrder order = new FakeBybitOrder(UUID.randomUUID().toString(), key, symbol, side,
                price == null ? "Market" : "Limit", price, qty, price == null ? "IOC" : "GTC", false, null, null, "New",
                BigDecimal.ZERO, clock.getAsLong(), clock.getAsLong());
        ordersByLinkId.put(key, order);
        return order;
    }

    /** How many executions the account lists (every fill, repeats included). */
    public synchronized int executionCount() {
        return executions.size();
    }

    /** One fill of the account as the venue recorded it (each execId once, however often it is listed). */
    public record Execution(String execId, String orderLinkId, String side, BigDecimal qty, BigDecimal price, BigDecimal fee) {
    }

    /** Every fill of the account, oldest first, each execId once: what a ledger built from them must equal. */
    public synchronized List<Execution> executions() {
        Map<String, Execution> byId = new LinkedHashMap<>();
        for (ObjectNode node : executions.reversed()) {
            byId.putIfAbsent(node.path("execId").asString(), new Execution(node.path("execId").asString(),
                    node.path("orderLinkId").asString(), node.path("side").asString(), new BigDecimal(node.path("execQty").asString()),
                    new BigDecimal(node.path("execPrice").asString()), new BigDecimal(node.path("execFee").asString())));
        }
        return List.copyOf(byId.values());
    }

    /** The size of the account's one-way position in {@code symbol}, positive long, negative short, zero flat. */
    public synchronized BigDecimal positionSize(String symbol) {
        FakeBybitPosition position = position(symbol);
        return position.side.equals("Sell") ? position.size.negate() : position.size;
    }

    // ---- the V5 endpoints ----

    synchronized JsonNode create(Map<String, String> params) {
        String symbol = listedSymbol(params);
        String side = oneOf(params, "side", "Buy", "Sell");
        String type = oneOf(params, "orderType", "Limit", "Market");
        BigDecimal qty = decimal(params, "qty");
        if (qty.compareTo(instruments.minQty(symbol)) < 0 || !onStep(qty, instruments.qtyStep(symbol))) {
            throw new FakeBybitReply.Refused(10001, "params error: qty " + qty.toPlainString() + " is off the step or below the minimum");
        }
        BigDecimal price = type.equals("Limit") ? decimal(params, "price") : null;
        if (price != null && !onStep(price, instruments.tickSize(symbol))) {
            throw new FakeBybitReply.Refused(10001, "params error: price " + price.toPlainString() + " is off the tick");
        }
        String linkId = params.getOrDefault("orderLinkId", "");
        if (linkId.length() > 36) {
            throw new FakeBybitReply.Refused(10001, "params error: orderLinkId longer than 36 characters");
        }
        if (!linkId.isEmpty() && ordersByLinkId.containsKey(linkId)) {
            throw new FakeBybitReply.Refused(110072, "OrderLinkedID is duplicate");
        }
        boolean reduceOnly = Boolean.parseBoolean(params.getOrDefault("reduceOnly", "false"));
        FakeBybitPosition position = position(symbol);
        if (reduceOnly && (!position.isOpen() || position.side.equals(side))) {
            throw new FakeBybitReply.Refused(110017, "current position is zero, cannot fix reduce-only order qty");
        }
        if (!reduceOnly && price != null && margin(qty, price, symbol).compareTo(available()) > 0) {
            throw new FakeBybitReply.Refused(110007, "ab not enough for new order");
        }
        String tif = params.getOrDefault("timeInForce", type.equals("Limit") ? "GTC" : "IOC");
        FakeBybitOrder order = new FakeBybitOrder(UUID.randomUUID().toString(), linkId.isEmpty() ? FakeBybitOrder.UNLINKED + UUID.randomUUID() : linkId,
                symbol, side, type, price, qty, tif, reduceOnly, optionalDecimal(params, "takeProfit"),
                optionalDecimal(params, "stopLoss"), "New", BigDecimal.ZERO, clock.getAsLong(), clock.getAsLong());
        ordersByLinkId.put(order.orderLinkId(), order);
        return FakeBybitViews.ids(order);
    }

    synchronized JsonNode cancel(Map<String, String> params) {
        FakeBybitOrder order = find(params).filter(FakeBybitOrder::isOpen)
                .orElseThrow(() -> new FakeBybitReply.Refused(110001, "order not exists or too late to cancel"));
        ordersByLinkId.put(order.orderLinkId(), order.withStatus("Cancelled", order.cumExecQty(), clock.getAsLong()));
        return FakeBybitViews.ids(order);
    }

    synchronized JsonNode cancelAll(Map<String, String> params) {
        String symbol = params.getOrDefault("symbol", "");
        if (symbol.isEmpty() && params.getOrDefault("settleCoin", "").isEmpty() && params.getOrDefault("baseCoin", "").isEmpty()) {
            throw new FakeBybitReply.Refused(10001, "params error: symbol, baseCoin or settleCoin is required");
        }
        ObjectNode result = FakeBybit.JSON.createObjectNode();
        ArrayNode list = result.putArray("list");
        for (FakeBybitOrder order : List.copyOf(ordersByLinkId.values())) {
            if (order.isOpen() && (symbol.isEmpty() || order.symbol().equals(symbol))) {
                ordersByLinkId.put(order.orderLinkId(), order.withStatus("Cancelled", order.cumExecQty(), clock.getAsLong()));
                list.add(FakeBybitViews.ids(order));
            }
        }
        result.put("success", "1");
        return result;
    }

    /**
     * By orderId or orderLinkId: that order if it is open or ended within {@link #closedOrdersInRealtimeFor}; otherwise the open orders of the symbol, or of every
     * symbol with {@code settleCoin=USDT} (one of the two is required, as on Bybit), newest first, a page of
     * {@code limit} (default 20, at most 50) from {@code cursor}.
     */
    synchronized JsonNode realtime(Map<String, String> params) {
        boolean byId = params.containsKey("orderId") || params.containsKey("orderLinkId");
        String symbol = params.getOrDefault("symbol", "");
        if (!byId && symbol.isEmpty() && !"USDT".equals(params.get("settleCoin"))) {
            throw new FakeBybitReply.Refused(10001, "params error: symbol, baseCoin or settleCoin is required");
        }
        long now = clock.getAsLong();
        List<FakeBybitOrder> found = byId ? find(params).filter(order -> order.isOpen()
                || now - order.updatedTime() < closedInRealtime.toMillis()).stream().toList() : ordersByLinkId.values().stream()
                .filter(FakeBybitOrder::isOpen).filter(order -> symbol.isEmpty() || order.symbol().equals(symbol)).toList();
        List<JsonNode> views = new ArrayList<>();
        found.reversed().forEach(order -> views.add(FakeBybitViews.order(order, leverage(order.symbol()))));
        return FakeBybitViews.page(views, params, 20, 50);
    }

    /**
     * Bybit's order history: every order of the account, whatever its status, created within a window of at most seven
     * days — {@code startTime} to {@code endTime}, the seven days after {@code startTime} or before {@code endTime} when
     * only one is given, the last seven days when neither (a wider window is refused with 10001, as Bybit refuses it) —
     * of the {@code symbol}, {@code orderId}, {@code orderLinkId} and {@code orderStatus} if given, newest first, a page
     * of {@code limit} (default 20, at most 50) from {@code cursor}.
     */
    synchronized JsonNode history(Map<String, String> params) {
        long week = Duration.ofDays(7).toMillis();
        String start = params.getOrDefault("startTime", "");
        String end = params.getOrDefault("endTime", "");
        long to = !end.isEmpty() ? Long.parseLong(end) : !start.isEmpty() ? Long.parseLong(start) + week : clock.getAsLong();
        long from = !start.isEmpty() ? Long.parseLong(start) : to - week;
        if (to < from || to - from > week) {
            throw new FakeBybitReply.Refused(10001, "params error: the time range between startTime and endTime must be 0..7 days");
        }
        List<JsonNode> found = new ArrayList<>();
        List.copyOf(ordersByLinkId.values()).reversed().stream() // newest first, also within one millisecond
                .filter(order -> order.createdTime() >= from && order.createdTime() <= to)
                .filter(order -> params.getOrDefault("symbol", order.symbol()).equals(order.symbol()))
                .filter(order -> params.getOrDefault("orderId", order.orderId()).equals(order.orderId()))
                .filter(order -> params.getOrDefault("orderLinkId", order.shownLinkId()).equals(order.shownLinkId()))
                .filter(order -> params.getOrDefault("orderStatus", order.status()).equals(order.status()))
                .sorted((a, b) -> Long.compare(b.createdTime(), a.createdTime()))
                .forEach(order -> found.add(FakeBybitViews.order(order, leverage(order.symbol()))));
        return FakeBybitViews.page(found, params, 20, 50);
    }

    /**
     * The executions newest first, from {@code startTime} if given, of a symbol, order or orderLinkId if given; a page
     * of {@code limit} (default 50, at most 100) from {@code cursor}, and the cursor of the next page while more are left.
     */
    synchronized JsonNode executions(Map<String, String> params) {
        long startTime = Long.parseLong(params.getOrDefault("startTime", "0"));
        List<JsonNode> found = executions.stream()
                .filter(execution -> Long.parseLong(execution.path("execTime").asString()) >= startTime)
                .filter(matches(params, "symbol")).filter(matches(params, "orderId"))
                .filter(matches(params, "orderLinkId"))
                .map(JsonNode.class::cast).toList();
        return FakeBybitViews.page(found, params, 50, 100);
    }

    synchronized JsonNode positionList(Map<String, String> params) {
        String symbol = params.getOrDefault("symbol", "");
        if (symbol.isEmpty() && params.getOrDefault("settleCoin", "").isEmpty()) {
            throw new FakeBybitReply.Refused(10001, "params error: symbol or settleCoin is required");
        }
        ArrayNode list = FakeBybit.JSON.createArrayNode();
        if (!symbol.isEmpty()) {
            list.add(FakeBybitViews.position(symbol, position(symbol), leverage(symbol)));
        } else {
            positions.forEach((name, position) -> {
                if (position.isOpen()) {
                    list.add(FakeBybitViews.position(name, position, leverage(name)));
                }
            });
        }
        return FakeBybitViews.page(list);
    }

    synchronized JsonNode setLeverage(Map<String, String> params) {
        String symbol = listedSymbol(params);
        BigDecimal buy = decimal(params, "buyLeverage");
        if (buy.compareTo(decimal(params, "sellLeverage")) != 0) {
            throw new FakeBybitReply.Refused(10001, "params error: buy leverage must equal sell leverage in one-way mode");
        }
        if (buy.compareTo(BigDecimal.ONE) < 0 || buy.compareTo(BigDecimal.valueOf(instruments.maxLeverage(symbol))) > 0) {
            throw new FakeBybitReply.Refused(10001, "params error: leverage out of range");
        }
        if (buy.intValue() == leverage(symbol)) {
            throw new FakeBybitReply.Refused(110043, "Set leverage not modified");
        }
        leverage.put(symbol, buy.intValue());
        return FakeBybit.JSON.createObjectNode();
    }

    /**
     * tpslMode Full (the default) on a one-way position: the levels given replace the position's, a level sent as 0
     * removes it, one not sent stays; nothing to change is 34040 "not modified", as Bybit answers.
     */
    synchronized JsonNode tradingStop(Map<String, String> params) {
        FakeBybitPosition position = position(listedSymbol(params));
        if (!"Full".equals(params.getOrDefault("tpslMode", "Full"))) {
            throw new FakeBybitReply.Refused(10001, "params error: FakeBybit supports tpslMode Full only");
        }
        if (!"0".equals(params.getOrDefault("positionIdx", "0"))) {
            throw new FakeBybitReply.Refused(10001, "params error: position idx not match position mode");
        }
        if (!position.isOpen()) {
            throw new FakeBybitReply.Refused(10001, "can not set tp/sl/ts for zero position");
        }
        BigDecimal takeProfit = optionalDecimal(params, "takeProfit");
        BigDecimal stopLoss = optionalDecimal(params, "stopLoss");
        BigDecimal newTakeProfit = takeProfit == null ? position.takeProfit : takeProfit;
        BigDecimal newStopLoss = stopLoss == null ? position.stopLoss : stopLoss;
        if (newTakeProfit.compareTo(position.takeProfit) == 0 && newStopLoss.compareTo(position.stopLoss) == 0) {
            throw new FakeBybitReply.Refused(34040, "not modified");
        }
        position.takeProfit = newTakeProfit;
        position.stopLoss = newStopLoss;
        position.updatedTime = clock.getAsLong();
        tradingStops++;
        return FakeBybit.JSON.createObjectNode();
    }

    /** The stop-loss and take-profit the position in {@code symbol} holds (zero: none), as trading-stop left them. */
    public synchronized PositionStops positionStops(String symbol) {
        FakeBybitPosition position = position(symbol);
        return new PositionStops(position.stopLoss, position.takeProfit);
    }

    /** A position's stop-loss and take-profit on the fake; zero when none. */
    public record PositionStops(BigDecimal stopLoss, BigDecimal takeProfit) {
    }

    /** How many trading-stop calls changed a position's levels. */
    public synchronized int tradingStops() {
        return tradingStops;
    }

    synchronized JsonNode walletBalance() {
        return FakeBybitViews.wallet(wallet, orderMargin(), positionMargin(), available());
    }

    // ---- rules ----

    private BigDecimal available() {
        return wallet.subtract(orderMargin()).subtract(positionMargin());
    }

    private BigDecimal positionMargin() {
        return positions.entrySet().stream()
                .map(entry -> margin(entry.getValue().size, entry.getValue().avgPrice, entry.getKey()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal orderMargin() {
        return ordersByLinkId.values().stream()
                .filter(order -> order.isOpen() && !order.reduceOnly() && order.price() != null)
                .map(order -> margin(order.leavesQty(), order.price(), order.symbol()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal margin(BigDecimal qty, BigDecimal price, String symbol) {
        return qty.multiply(price).divide(BigDecimal.valueOf(leverage(symbol)), 8, RoundingMode.UP);
    }

    private FakeBybitPosition position(String symbol) {
        return positions.computeIfAbsent(symbol, key -> new FakeBybitPosition());
    }

    private Optional<FakeBybitOrder> find(Map<String, String> params) {
        String orderId = params.getOrDefault("orderId", "");
        String linkId = params.getOrDefault("orderLinkId", "");
        return ordersByLinkId.values().stream()
                .filter(order -> orderId.isEmpty() ? order.orderLinkId().equals(linkId) : order.orderId().equals(orderId))
                .findFirst();
    }

    private String listedSymbol(Map<String, String> params) {
        String symbol = params.getOrDefault("symbol", "");
        if (!instruments.lists(symbol)) {
            throw new FakeBybitReply.Refused(10001, "params error: symbol invalid");
        }
        return symbol;
    }
}
