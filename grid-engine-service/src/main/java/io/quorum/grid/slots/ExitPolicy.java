package io.quorum.grid.slots;

import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.money.Price;
import java.util.Optional;

/**
 * A grid leaves the market on a tick at or below its stop-loss price, or at or above its take-profit
 * price; the answer is the reason a user reads, e.g. {@code stop-loss 99000 reached at 98990.5}.
 */
public final class ExitPolicy {

    public Optional<String> exitOn(GridSpec spec, Price price) {
        if (spec.stopLossPrice() != null && !price.isAbove(spec.stopLossPrice())) {
            return Optional.of("stop-loss " + spec.stopLossPrice() + " reached at " + price);
        }
        if (spec.takeProfitPrice() != null && !price.isBelow(spec.takeProfitPrice())) {
            return Optional.of("take-profit " + spec.takeProfitPrice() + " reached at " + price);
        }
        return Optional.empty();
    }
}
