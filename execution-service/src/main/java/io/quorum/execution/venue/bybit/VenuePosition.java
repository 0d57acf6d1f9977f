package io.quorum.execution.venue.bybit;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.orders.Side;
import java.math.BigDecimal;
import java.util.Optional;

/** A one-way linear position on Bybit: no side when flat; take-profit and stop-loss zero when none is set. */
public record VenuePosition(Symbol symbol, Optional<Side> side, BigDecimal size, BigDecimal averagePrice, BigDecimal leverage,
                            BigDecimal takeProfit, BigDecimal stopLoss) {
}
