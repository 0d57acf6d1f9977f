package io.quorum.signal.risk;

import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.Side;
import java.util.List;
import java.util.Objects;

/**
 * A trade the confirm step accepts: TP on the profit side, SL on the loss side, both on tick, the
 * leverage within every cap. {@code adjustments} tell the user what was changed from the proposal.
 */
public record ConfirmedPlan(Side side, Price entry, Price takeProfit, Price stopLoss, int leverage,
                            List<String> adjustments) implements Confirmation {

    public ConfirmedPlan {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(takeProfit, "take-profit");
        Objects.requireNonNull(stopLoss, "stop-loss");
        adjustments = List.copyOf(adjustments);
        boolean sane = side == Side.BUY
                ? takeProfit.isAbove(entry) && stopLoss.isBelow(entry)
                : takeProfit.isBelow(entry) && stopLoss.isAbove(entry);
        if (!sane || leverage < 1 || leverage > HardLimits.PLATFORM_MAX_LEVERAGE) {
            throw new IllegalArgumentException("not a sane " + side + " plan: entry " + entry + ", TP " + takeProfit
                    + ", SL " + stopLoss + ", leverage " + leverage);
        }
    }
}
