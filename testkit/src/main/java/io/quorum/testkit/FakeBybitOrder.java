package io.quorum.testkit;

import java.math.BigDecimal;

/**
 * An order resting in (or passed through) a {@link FakeBybitAccount}, as the test sees it. Status
 * is Bybit's: New, PartiallyFilled, Filled, Cancelled. {@code price} is null for a market order,
 * {@code takeProfit}/{@code stopLoss} null when not given.
 */
public record FakeBybitOrder(String orderId, String orderLinkId, String symbol, String side, String orderType,
                             BigDecimal price, BigDecimal qty, String timeInForce, boolean reduceOnly,
                             BigDecimal takeProfit, BigDecimal stopLoss, String status, BigDecimal cumExecQty,
                             long createdTime) {

    public boolean isOpen() {
        return status.equals("New") || status.equals("PartiallyFilled");
    }

    BigDecimal leavesQty() {
        return isOpen() ? qty.subtract(cumExecQty) : BigDecimal.ZERO;
    }

    FakeBybitOrder withStatus(String newStatus, BigDecimal newCumExecQty) {
        return new FakeBybitOrder(orderId, orderLinkId, symbol, side, orderType, price, qty, timeInForce, reduceOnly,
                takeProfit, stopLoss, newStatus, newCumExecQty, createdTime);
    }
}
