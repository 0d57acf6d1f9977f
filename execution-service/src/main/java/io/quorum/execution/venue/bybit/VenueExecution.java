package io.quorum.execution.venue.bybit;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.Side;
import java.time.Instant;

/** One fill as Bybit's execution/list reports it; {@code execId} is unique, so a fill is applied once. */
public record VenueExecution(String execId, String orderId, String orderLinkId, Symbol symbol, Side side, Price price,
                             Quantity quantity, Money fee, boolean maker, Instant executedAt) {
}
