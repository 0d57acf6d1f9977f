package io.quorum.execution.venue.bybit;

import io.quorum.contracts.ids.ClientOrderId;

/** How placing one order on Bybit ended. Only {@link Unresolved} leaves the question open (for reconciliation). */
public sealed interface PlacementOutcome {

    ClientOrderId clientOrderId();

    /** The venue holds the order; {@code foundByLookUp} when an earlier, unanswered attempt had placed it. */
    record Placed(ClientOrderId clientOrderId, String orderId, boolean foundByLookUp) implements PlacementOutcome {
    }

    /** The venue refused the order as sent; {@code alert} when the user must hear of it (insufficient balance). */
    record Rejected(ClientOrderId clientOrderId, String reason, boolean alert) implements PlacementOutcome {
    }

    /** The account's key is unusable (invalid, refused signature, no permission, IP not allowed): the bot stops, with an alert. */
    record BotMustStop(ClientOrderId clientOrderId, String reason) implements PlacementOutcome {
    }

    /**
     * The attempts ran out without an answer saying whether the order exists (no answer, server errors,
     * or the account's creation budget stayed spent): reconciliation looks it up by orderLinkId.
     */
    record Unresolved(ClientOrderId clientOrderId, String reason) implements PlacementOutcome {
    }
}
