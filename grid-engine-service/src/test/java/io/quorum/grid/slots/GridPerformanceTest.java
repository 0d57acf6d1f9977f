package io.quorum.grid.slots;

import static io.quorum.grid.slots.SlotTest.fill;
import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.Side;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GridPerformanceTest {

    private static final java.time.Instant T0 = GridOptionsTest.T0;

    @Test
    void aGridRunsInEventTimeFromItsFirstTickAndAveragesItsCycles() {
        Grid grid = GridOptionsTest.grid(null, null, null);
        var buys = grid.onTick(null, Price.of("60500"), T0).intents();
        var sell = grid.onFill(buys.getFirst().intentId(), fill(Side.BUY, "60000", "0.008", "0.096", true), T0).getFirst();
        grid.onFill(sell.intentId(), fill(Side.SELL, "61000", "0.008", "0.0976", true), T0.plusSeconds(60));

        GridPerformance performance = GridPerformance.of(grid, Price.of("60700"), T0.plus(Duration.ofDays(1)));

        assertThat(performance.profitPerCycle()).isEqualTo(Money.of("7.8064"));
        assertThat(performance.unrealizedPnl()).isEqualTo(Money.ZERO);
        assertThat(performance.lastPrice()).isEqualTo(Price.of("60700"));
        assertThat(performance.runningSince()).isEqualTo(T0);
        assertThat(performance.runningFor()).isEqualTo(Duration.ofDays(1));
        // 7.8064 / 1000 × 365 days / 1 day, in percent
        assertThat(performance.annualizedReturnPercent()).isEqualByComparingTo("284.9336");
    }

    @Test
    void theAnnualizedReturnIsNullBelowAnHourOfRunningAndNothingRunsBeforeTheFirstTick() {
        Grid grid = GridOptionsTest.grid(null, null, null);
        GridPerformance untouched = GridPerformance.of(grid, null, null);
        grid.onTick(null, Price.of("60500"), T0);

        assertThat(untouched.runningSince()).isNull();
        assertThat(untouched.runningFor()).isNull();
        assertThat(untouched.profitPerCycle()).isNull();
        assertThat(GridPerformance.of(grid, Price.of("60500"), T0.plus(Duration.ofMinutes(59))).annualizedReturnPercent()).isNull();
        assertThat(GridPerformance.annualized(Money.of("10"), Money.of("1000"), Duration.ofHours(1)))
                .isEqualByComparingTo(new BigDecimal("8760"));
    }

    @Test
    void aStoppedGridStopsRunningAtTheLatestTickWhenItStopped() {
        Grid grid = GridOptionsTest.grid(null, null, null);
        grid.onTick(null, Price.of("60500"), T0);
        grid.stop(T0.plus(Duration.ofHours(3)));

        assertThat(GridPerformance.of(grid, Price.of("60500"), T0.plus(Duration.ofDays(2))).runningFor())
                .isEqualTo(Duration.ofHours(3));
    }
}
