package io.quorum.testkit;

import java.math.BigDecimal;

/**
 * An order resting in (or passed through) a {@link FakeBybitAccount}, as the test sees it. Status
 * is Bybit's: New, PartiallyFilled, Filled, Cancelled, PartiallyFilledCanceled, Rejected, Deactivated.
 * {@code updatedTime}: its last change (creation, a fill, its end). {@code price} is null for a market order,
 * {@code takeProfit}/{@code stopLoss} null when not given.
 */
public record FakeBybitOrder(String orderId, String orderLinkId, String symbol, String side, String orderType,
                             BigDecimal price, BigDecimal qty, String timeInForce, boolean reduceOnly,
                             BigDecimal takeProfit, BigDecimal stopLoss, String status, BigDecimal cumExecQty,
                             long createdTime, long updatedTime) {

    /** The key of an order placed without an orderLinkId (the fake keys every order by one); Bybit shows none. */
    static final String UNLINKED = "unlinked-";

    /** The orderLinkId as Bybit shows it: empty for an order placed without one. */
    public String shownLinkId() {
        return orderLinkId.startsWith(UNLINKED) ? "" : orderLinkId;
    }

    public boolean isOpen() {
        return status.equals("New") || status.equals("PartiallyFilled");
    }

    BigDecimal leavesQty() {
        return isOpen() ? qty.subtract(cumExecQty) : BigDecimal.ZERO;
    }

    FakeBybitOrder withStatus(String newStatus, BigDecimal newCumExecQty, long at) {
        return new FakeBybitOrder(orderId, orderLinkId, symbol, side, orderType, price, qty, timeInForce, reduceOnly,
                takeProfit, stopLoss, newStatus, newCumExecQty, createdTime, Math.max(updatedTime, at));
    }
}
