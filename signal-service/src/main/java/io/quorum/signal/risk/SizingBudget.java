package io.quorum.signal.risk;

import io.quorum.contracts.money.FeeRate;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Percent;
import java.util.Objects;

/**
 * What a bot may put into one trade. {@code budget} is its allocation (the base of the risk %),
 * {@code available} what is left of it after open positions' margin; {@code exposureCap}, when a
 * template sets one, lowers the default exposure cap of budget × leverage.
 */
public record SizingBudget(Money budget, Money available, Percent riskPerTrade, FeeRate takerFee, Money exposureCap) {

    public SizingBudget {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(available, "available");
        Objects.requireNonNull(riskPerTrade, "risk per trade");
        Objects.requireNonNull(takerFee, "taker fee");
        if (!budget.isPositive() || available.isNegative() || available.exceeds(budget)) {
            throw new IllegalArgumentException("need 0 ≤ available ≤ budget and a positive budget, were " + available
                    + " of " + budget);
        }
        if (!riskPerTrade.isPositive() || riskPerTrade.compareTo(Percent.HUNDRED) > 0) {
            throw new IllegalArgumentException("risk per trade must be above 0 and at most 100 %, was " + riskPerTrade + " %");
        }
        if (exposureCap != null && !exposureCap.isPositive()) {
            throw new IllegalArgumentException("an exposure cap must be positive, was " + exposureCap);
        }
    }

    public static SizingBudget of(Money budget, Money available, Percent riskPerTrade, FeeRate takerFee) {
        return new SizingBudget(budget, available, riskPerTrade, takerFee, null);
    }
}
