package io.quorum.contracts.executions;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.event.UserScoped;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.Side;

/**
 * Reconciliation found an order on the user's venue account that Quorum did not place — by hand on the website, or
 * by another program — among the open orders or the executions. Quorum leaves it alone (never cancels it) and tells
 * the user once per venue order. {@code price} is absent for a market order, {@code orderLinkId} empty when the order
 * has none; {@code seenIn} says where it was found: {@code open-orders} or {@code executions}.
 */
public record ForeignOrderDetected(UserId userId, String venue, Symbol symbol, Side side, Quantity quantity, Price price,
                                   String venueOrderId, String orderLinkId, String seenIn) implements UserScoped {

    public ForeignOrderDetected {
        requireNonNull(userId, "userId");
        requireNonNull(venue, "venue");
        requireNonNull(symbol, "symbol");
        requireNonNull(side, "side");
        requireNonNull(quantity, "quantity");
        requireNonNull(venueOrderId, "venueOrderId");
        requireNonNull(orderLinkId, "orderLinkId");
        requireNonNull(seenIn, "seenIn");
        if (venueOrderId.isBlank()) {
            throw new IllegalArgumentException("venueOrderId must name the venue's order, was blank");
        }
        if (!seenIn.equals("open-orders") && !seenIn.equals("executions")) {
            throw new IllegalArgumentException("seenIn is open-orders or executions, was " + seenIn);
        }
    }
}
