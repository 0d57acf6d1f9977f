package io.quorum.execution.venue.bybit;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.knowm.xchange.bybit.dto.account.walletbalance.BybitAccountBalance;
import org.knowm.xchange.bybit.dto.marketdata.instruments.linear.BybitLinearInverseInstrumentInfo;
import org.knowm.xchange.bybit.dto.trade.BybitOrderStatus;
import org.knowm.xchange.bybit.dto.trade.details.linear.BybitLinearOrderDetail;
import tools.jackson.databind.JsonNode;

/** Bybit's V5 answers (the own adapter's JSON, xchange-bybit's DTOs) read into Quorum's types, decimals kept exact. */
final class BybitV5Reading {

    private BybitV5Reading() {
    }

    static Instrument instrument(BybitLinearInverseInstrumentInfo info) {
        return new Instrument(Symbol.of(info.getSymbol()), info.getPriceFilter().getTickSize(),
                info.getLotSizeFilter().getQtyStep(), info.getLotSizeFilter().getMinOrderQty(),
                info.getLeverageFilter().getMaxLeverage().intValue());
    }

    static WalletBalance wallet(BybitAccountBalance account) {
        return new WalletBalance(Money.of(account.getTotalEquity()), Money.of(account.getTotalWalletBalance()),
                Money.of(account.getTotalAvailableBalance()));
    }

    static VenueOrderState order(JsonNode node) {
        return new VenueOrderState(node.path("orderId").asString(), node.path("orderLinkId").asString(""),
                Symbol.of(node.path("symbol").asString()), side(node.path("side").asString()),
                VenueOrderState.Status.of(node.path("orderStatus").asString()), decimal(node, "price"),
                decimal(node, "qty"), decimal(node, "cumExecQty"), node.path("reduceOnly").asBoolean(false),
                millis(node, node.has("updatedTime") ? "updatedTime" : "createdTime"));
    }

    static VenueOrderState order(BybitLinearOrderDetail detail) {
        return new VenueOrderState(detail.getOrderId(), detail.getOrderLinkId() == null ? "" : detail.getOrderLinkId(),
                Symbol.of(detail.getSymbol()), side(detail.getSide().getValue()), status(detail.getOrderStatus()),
                detail.getPrice() == null ? BigDecimal.ZERO : detail.getPrice(), detail.getQty(), detail.getCumExecQty(),
                detail.isReduceOnly(), detail.getCreatedTime() == null ? Instant.EPOCH : detail.getCreatedTime().toInstant());
    }

    private static VenueOrderState.Status status(BybitOrderStatus status) {
        return switch (status) {
            case NEW, CREATED, UNTRIGGERED, ACTIVE -> VenueOrderState.Status.NEW;
            case PARTIALLY_FILLED -> VenueOrderState.Status.PARTIALLY_FILLED;
            case FILLED -> VenueOrderState.Status.FILLED;
            case CANCELLED, PARTIALLY_FILLED_CANCELED, DEACTIVATED -> VenueOrderState.Status.CANCELLED;
            case REJECTED -> VenueOrderState.Status.REJECTED;
            case TRIGGERED -> VenueOrderState.Status.OTHER;
        };
    }

    static VenueExecution execution(JsonNode node) {
        return new VenueExecution(node.path("execId").asString(), node.path("orderId").asString(),
                node.path("orderLinkId").asString(""), Symbol.of(node.path("symbol").asString()),
                side(node.path("side").asString()), Price.of(node.path("execPrice").asString()),
                Quantity.of(node.path("execQty").asString()), Money.of(node.path("execFee").asString()),
                node.path("isMaker").asBoolean(false), Instant.ofEpochMilli(Long.parseLong(node.path("execTime").asString())),
                node.path("execType").asString("Trade"), node.path("stopOrderType").asString(""));
    }

    static VenuePosition position(JsonNode node) {
        String side = node.path("side").asString("");
        return new VenuePosition(Symbol.of(node.path("symbol").asString()),
                side.isEmpty() || side.equals("None") ? Optional.empty() : Optional.of(side(side)),
                decimal(node, "size"), decimal(node, "avgPrice"), decimal(node, "leverage"),
                decimal(node, "takeProfit"), decimal(node, "stopLoss"));
    }

    static Side side(String bybit) {
        return switch (bybit) {
            case "Buy" -> Side.BUY;
            case "Sell" -> Side.SELL;
            default -> throw new IllegalArgumentException("unknown Bybit side '" + bybit + "'");
        };
    }

    static String side(Side side) {
        return side == Side.BUY ? "Buy" : "Sell";
    }

    private static Instant millis(JsonNode node, String field) {
        String text = node.path(field).asString("");
        return text.isEmpty() ? Instant.EPOCH : Instant.ofEpochMilli(Long.parseLong(text));
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        String text = node.path(field).asString("");
        return text.isEmpty() ? BigDecimal.ZERO : new BigDecimal(text);
    }
}
