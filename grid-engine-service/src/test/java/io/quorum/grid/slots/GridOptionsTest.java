package io.quorum.grid.slots;

import static io.quorum.grid.slots.SlotTest.fill;
import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.BotStopTriggered;
import io.quorum.contracts.bots.GridSpacing;
import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.contracts.orders.Side;
import io.quorum.grid.levels.GridPlanner;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Trigger price, stop-loss and take-profit on the grid aggregate; levels 60000..64000, 4 slots. */
class GridOptionsTest {

    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    static final GridPlanner PLANNER = new GridPlanner(new BigDecimal("0.002"), new BigDecimal("0.00055"));

    static Grid grid(String trigger, String stopLoss, String takeProfit) {
        GridSpec spec = new GridSpec(Price.of("60000"), Price.of("64000"), 4, GridSpacing.ARITHMETIC, null,
                trigger == null ? null : Price.of(trigger), stopLoss == null ? null : Price.of(stopLoss),
                takeProfit == null ? null : Price.of(takeProfit));
        BotStarted started = new BotStarted(BotId.random(), UserId.random(), "grid", BotKind.GRID, Symbol.of("BTCUSDT"),
                Money.of("1000"), 2, spec);
        return Grid.start(started, PLANNER.plan(spec, started.symbol(), started.budget(), 2), 0, T0);
    }

    @Test
    void aGridWithATriggerWaitsAndEmitsNothingUntilThePriceRisesToTheTrigger() {
        Grid grid = grid("62000", null, null);
        assertThat(grid.status()).isEqualTo(GridStatus.WAITING);

        assertThat(grid.onTick(Price.of("61000"), Price.of("61500"), T0)).isEqualTo(TickOutcome.NOTHING);
        assertThat(grid.onTick(Price.of("61500"), Price.of("61999.9"), T0)).isEqualTo(TickOutcome.NOTHING);
        var armed = grid.onTick(Price.of("61999.9"), Price.of("62100"), T0);

        assertThat(grid.status()).isEqualTo(GridStatus.ACTIVE);
        assertThat(armed.intents()).extracting(OrderIntentCreated::gridLevel).containsExactly(0, 1, 2);
    }

    @Test
    void aGridWithATriggerArmsWhenThePriceFallsThroughIt() {
        Grid grid = grid("62000", null, null);
        grid.onTick(null, Price.of("63500"), T0);

        var armed = grid.onTick(Price.of("63500"), Price.of("61500"), T0);

        assertThat(armed.intents()).extracting(OrderIntentCreated::gridLevel).containsExactly(0, 1);
    }

    @Test
    void theFirstTickAfterTheStartArmsWhenExactlyAtTheTriggerEvenWithoutAnEarlierTick() {
        Grid grid = grid("62000", null, null);

        assertThat(grid.onTick(null, Price.of("62000"), T0).intents()).hasSize(2);
    }

    @Test
    void theFirstTickAfterTheStartArmsWhenBeyondTheTriggerSeenFromTheMarketPriceAtTheStart() {
        Grid fromBelow = grid("62000", null, null);
        Grid noHistory = grid("62000", null, null);

        // the symbol stood at 61000 before the start: a first tick at 62500 has passed the trigger
        assertThat(fromBelow.onTick(Price.of("61000"), Price.of("62500"), T0).intents()).hasSize(3);
        // no earlier tick of the symbol: only a tick exactly at the trigger counts
        assertThat(noHistory.onTick(null, Price.of("62500"), T0)).isEqualTo(TickOutcome.NOTHING);
        assertThat(noHistory.status()).isEqualTo(GridStatus.WAITING);
    }

    @Test
    void aTickAtTheStopLossAsksOnceForTheBotToStopAndTheGridPlacesNothingAfter() {
        Grid grid = grid(null, "59000", null);
        OrderIntentCreated buy = grid.onTick(null, Price.of("60500"), T0).intents().getFirst();

        TickOutcome exit = grid.onTick(Price.of("60500"), Price.of("58990.5"), T0.plusSeconds(5));

        assertThat(exit.intents()).isEmpty();
        assertThat(exit.stop()).hasValue(new BotStopTriggered(grid.bot().botId(), grid.bot().userId(),
                "stop-loss 59000 reached at 58990.5", Price.of("58990.5")));
        assertThat(grid.status()).isEqualTo(GridStatus.EXITING);
        assertThat(grid.snapshot().reason()).isEqualTo("stop-loss 59000 reached at 58990.5");
        assertThat(grid.snapshot().endedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(grid.onTick(Price.of("58990.5"), Price.of("58000"), T0)).isEqualTo(TickOutcome.NOTHING);
        assertThat(grid.onTick(Price.of("58000"), Price.of("64000"), T0)).isEqualTo(TickOutcome.NOTHING);
        // a fill that still arrives is booked, but its sell is not placed
        assertThat(grid.onFill(buy.intentId(), fill(Side.BUY, "60000", "0.008", "0.096", true), T0)).isEmpty();
        assertThat(grid.stats().buyFills()).isEqualTo(1);
    }

    @Test
    void aTickAtTheTakeProfitExitsWithItsReasonWhichSurvivesTheStop() {
        Grid grid = grid(null, null, "65000");
        grid.onTick(null, Price.of("62500"), T0);

        TickOutcome exit = grid.onTick(Price.of("62500"), Price.of("65000"), T0);
        grid.stop(T0.plusSeconds(60));

        assertThat(exit.stop()).map(BotStopTriggered::reason).hasValue("take-profit 65000 reached at 65000");
        assertThat(grid.status()).isEqualTo(GridStatus.STOPPED);
        assertThat(grid.snapshot().reason()).isEqualTo("take-profit 65000 reached at 65000");
        assertThat(grid.snapshot().endedAt()).isEqualTo(T0);
    }

    @Test
    void aWaitingGridStillExitsAtItsStopLoss() {
        Grid grid = grid("62000", "59000", null);

        assertThat(grid.onTick(null, Price.of("58000"), T0).stop()).isPresent();
        assertThat(grid.status()).isEqualTo(GridStatus.EXITING);
    }

    @Test
    void unrealizedPnlValuesWhatTheSlotsHoldAtTheLastPrice() {
        Grid grid = grid(null, null, null);
        var buys = grid.onTick(null, Price.of("62500"), T0).intents();
        grid.onFill(buys.get(0).intentId(), fill(Side.BUY, "60000", "0.008", "0.096", true), T0);
        grid.onFill(buys.get(1).intentId(), fill(Side.BUY, "61000", "0.008", "0.0976", true), T0);

        // (60500 − 60000) × 0.008 + (60500 − 61000) × 0.008
        assertThat(grid.unrealizedPnl(Price.of("60500"))).isEqualTo(Money.ZERO);
        assertThat(grid.unrealizedPnl(Price.of("62000"))).isEqualTo(Money.of("24"));
    }
}
