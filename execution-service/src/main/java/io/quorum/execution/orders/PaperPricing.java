package io.quorum.execution.orders;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.market.Instruments;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.OrderType;
import io.quorum.contracts.orders.Side;
import java.util.Optional;

/**
 * What a just-placed order fills at straight away, if anything: a market order at the last price
 * with slippage; a limit order that is already marketable (a buy at or above the last price, a sell
 * at or below) at the last price. Both take liquidity. Anything else rests in the book.
 */
public record PaperPricing(Slippage slippage) {

    public PaperPricing {
        requireNonNull(slippage, "slippage");
    }

    public Optional<Price> immediateFillPrice(OrderSpec order, Optional<Price> lastPrice) {
        if (lastPrice.isEmpty()) {
            return Optional.empty();
        }
        Price last = lastPrice.get();
        if (order.type() == OrderType.MARKET) {
            return Optional.of(slippage.marketFillPrice(order.side(), last, Instruments.of(order.symbol())));
        }
        boolean marketable = order.side() == Side.BUY ? !order.limitPrice().isBelow(last) : !order.limitPrice().isAbove(last);
        return marketable ? Optional.of(last) : Optional.empty();
    }
}
