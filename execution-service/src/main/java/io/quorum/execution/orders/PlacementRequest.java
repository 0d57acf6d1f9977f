package io.quorum.execution.orders;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.execution.positions.Position;
import java.util.Optional;

/** What the venue knows when an approved order arrives: the order, the last traded price, the bot's position. */
public record PlacementRequest(OrderApproved approved, Optional<Price> lastPrice, Position position) {

    public PlacementRequest {
        requireNonNull(approved, "approved");
        requireNonNull(lastPrice, "lastPrice");
        requireNonNull(position, "position");
    }
}
