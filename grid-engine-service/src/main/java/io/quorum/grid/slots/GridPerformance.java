package io.quorum.grid.slots;

import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * How a grid is doing, all in event time. It runs from the first tick after its start to the latest tick
 * (or to the tick at which it exited or stopped). Unrealized PnL values what the slots hold at the last
 * price; the annualized return scales realized profit over the investment to a year of running time, and
 * is null below an hour of running, where it would say more about chance than about the grid.
 */
public record GridPerformance(Money profitPerCycle, Money unrealizedPnl, Price lastPrice, Instant runningSince,
                              Duration runningFor, BigDecimal annualizedReturnPercent) {

    static final Duration MIN_RUNNING_TIME = Duration.ofHours(1);
    private static final BigDecimal SECONDS_PER_YEAR = BigDecimal.valueOf(Duration.ofDays(365).toSeconds());

    /** {@code lastPrice} and {@code latestTickAt} are the symbol's latest tick, null when it has had none. */
    public static GridPerformance of(Grid grid, Price lastPrice, Instant latestTickAt) {
        GridRecord record = grid.snapshot();
        GridStats stats = record.stats();
        Money perCycle = stats.completedCycles() == 0 ? null
                : stats.realizedProfit().dividedBy(BigDecimal.valueOf(stats.completedCycles()));
        Money unrealized = lastPrice == null ? Money.ZERO : grid.unrealizedPnl(lastPrice);
        Instant end = record.endedAt() != null ? record.endedAt() : record.status().isLive() ? latestTickAt : null;
        Duration running = record.firstTickAt() == null || end == null ? null : Duration.between(record.firstTickAt(), end);
        return new GridPerformance(perCycle, unrealized, lastPrice, record.firstTickAt(), running,
                annualized(stats.realizedProfit(), grid.investment(), running));
    }

    static BigDecimal annualized(Money realized, Money investment, Duration running) {
        if (running == null || running.compareTo(MIN_RUNNING_TIME) < 0) {
            return null;
        }
        BigDecimal years = BigDecimal.valueOf(running.toMillis()).movePointLeft(3).divide(SECONDS_PER_YEAR, 20, RoundingMode.HALF_EVEN);
        return realized.value().multiply(BigDecimal.valueOf(100))
                .divide(investment.value().multiply(years), 4, RoundingMode.HALF_EVEN);
    }
}
