package io.quorum.execution.venue.bybit;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.orders.Side;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order as Bybit reports it. {@code orderLinkId} is text, not a ClientOrderId: orders the
 * platform did not place (by hand on the website) carry any id or none, and reconciliation must
 * still see them. {@code price} is zero for a market order. {@code updatedAt}: Bybit's last change of the order
 * (its creation time where the answer has no update time).
 */
public record VenueOrderState(String orderId, String orderLinkId, Symbol symbol, Side side, Status status,
                              BigDecimal price, BigDecimal quantity, BigDecimal filledQuantity, boolean reduceOnly,
                              Instant updatedAt) {

    public enum Status {
        NEW, PARTIALLY_FILLED, FILLED, CANCELLED, REJECTED, OTHER;

        static Status of(String bybit) {
            return switch (bybit) {
                case "New", "Created", "Untriggered" -> NEW;
                case "PartiallyFilled" -> PARTIALLY_FILLED;
                case "Filled" -> FILLED;
                case "Cancelled", "PartiallyFilledCanceled", "Deactivated" -> CANCELLED;
                case "Rejected" -> REJECTED;
                default -> OTHER;
            };
        }
    }

    public boolean isOpen() {
        return status == Status.NEW || status == Status.PARTIALLY_FILLED;
    }
}
