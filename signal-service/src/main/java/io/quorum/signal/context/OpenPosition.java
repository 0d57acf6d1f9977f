package io.quorum.signal.context;

import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.Side;
import java.util.Objects;

/** The bot's position on the symbol: BUY is long, SELL is short. */
public record OpenPosition(Side side, Quantity size, Price entry) {

    public OpenPosition {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(entry, "entry");
        if (size.isZero()) {
            throw new IllegalArgumentException("an open position has a size; a flat bot has no position");
        }
    }

    public boolean isLong() {
        return side == Side.BUY;
    }
}
