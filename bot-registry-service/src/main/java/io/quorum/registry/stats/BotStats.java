package io.quorum.registry.stats;

import io.quorum.contracts.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A bot's trading results: realized PnL (fees not deducted), fees paid, trades (fills), and of them the wins and
 * losses (fills that realized a profit or a loss; a fill that opens or adds realizes nothing and is neither).
 */
public record BotStats(Money realizedPnl, Money fees, int trades, int wins, int losses) {

    public static final BotStats NONE = new BotStats(Money.ZERO, Money.ZERO, 0, 0, 0);

    /** Realized PnL less fees. */
    public Money netPnl() {
        return realizedPnl.minus(fees);
    }

    /** Wins in % of the trades that realized something, two decimals; empty before the first such trade. */
    public Optional<BigDecimal> winRatePercent() {
        int closing = wins + losses;
        if (closing == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(wins).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(closing), 2, RoundingMode.HALF_EVEN));
    }
}
