package io.quorum.grid.slots;

import static io.quorum.grid.slots.SlotTest.fill;
import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.BotStarted;
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
import java.util.List;
import org.junit.jupiter.api.Test;

class GridTest {

    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    // levels 60000, 61000, 62000, 63000, 64000; 0.008 BTC per slot (0.007 for the top one)
    private final BotStarted started = new BotStarted(BotId.random(), UserId.random(), "grid", BotKind.GRID,
            Symbol.of("BTCUSDT"), Money.of("1000"), 2,
            new GridSpec(Price.of("60000"), Price.of("64000"), 4, GridSpacing.ARITHMETIC));
    private final Grid grid = Grid.start(started,
            new GridPlanner(new BigDecimal("0.002"), new BigDecimal("0.00055")).plan(started.grid(), started.symbol(), started.budget(), 2), 0, T0);

    @Test
    void theFirstTickPlacesABuyOnEverySlotBelowThePrice() {
        List<OrderIntentCreated> intents = grid.onTick(null, Price.of("62500"), T0).intents();

        assertThat(intents).extracting(OrderIntentCreated::gridLevel).containsExactly(0, 1, 2);
        assertThat(intents).extracting(i -> i.order().limitPrice())
                .containsExactly(Price.of("60000"), Price.of("61000"), Price.of("62000"));
        assertThat(grid.slots().get(3).state()).isEqualTo(SlotState.PENDING);
    }

    @Test
    void laterTicksArmAPendingSlotOnlyWhenThePriceCrossesItsSellPriceUpward() {
        grid.onTick(null, Price.of("62500"), T0).intents();

        assertThat(grid.onTick(Price.of("62500"), Price.of("63900"), T0).intents()).isEmpty();
        assertThat(grid.onTick(Price.of("63900"), Price.of("64000"), T0).intents())
                .singleElement().satisfies(intent -> assertThat(intent.order().limitPrice()).isEqualTo(Price.of("63000")));
        assertThat(grid.onTick(Price.of("64000"), Price.of("60500"), T0).intents()).isEmpty();
    }

    @Test
    void aRejectedBuyWaitsForTheNextUpwardCrossingInsteadOfRetryingOnEveryTick() {
        OrderIntentCreated buy = grid.onTick(null, Price.of("60500"), T0).intents().getFirst();

        grid.onOrderFailed(buy.intentId(), T0);

        assertThat(grid.onTick(Price.of("60500"), Price.of("60600"), T0).intents()).isEmpty();
        assertThat(grid.onTick(Price.of("60600"), Price.of("60400"), T0).intents()).isEmpty();
        assertThat(grid.onTick(Price.of("60400"), Price.of("61000"), T0).intents()).extracting(OrderIntentCreated::gridLevel).containsExactly(0);
    }

    @Test
    void aFilledBuyPlacesTheSellOneLevelUpAndAFilledSellReArmsTheBuyAndBooksTheProfit() {
        OrderIntentCreated buy = grid.onTick(null, Price.of("60500"), T0).intents().getFirst();

        OrderIntentCreated sell = grid.onFill(buy.intentId(), fill(Side.BUY, "60000", "0.008", "0.096", true), T0).getFirst();
        assertThat(sell.order().limitPrice()).isEqualTo(Price.of("61000"));
        assertThat(sell.order().reduceOnly()).isTrue();

        OrderIntentCreated rearmed = grid.onFill(sell.intentId(), fill(Side.SELL, "61000", "0.008", "0.0976", true), T0).getFirst();
        assertThat(rearmed.order().side()).isEqualTo(Side.BUY);
        assertThat(rearmed.order().limitPrice()).isEqualTo(Price.of("60000"));
        // 488 − 480 − 0.096 − 0.0976
        assertThat(grid.stats()).isEqualTo(new GridStats(Money.of("7.8064"), 1, 1, 1, Money.of("0.1936")));
    }

    @Test
    void aStoppedGridPlacesNothingButStillBooksFillsThatArrive() {
        OrderIntentCreated buy = grid.onTick(null, Price.of("60500"), T0).intents().getFirst();

        grid.stop(T0);

        assertThat(grid.status()).isEqualTo(GridStatus.STOPPED);
        assertThat(grid.onTick(Price.of("60500"), Price.of("64000"), T0).intents()).isEmpty();
        assertThat(grid.onFill(buy.intentId(), fill(Side.BUY, "60000", "0.008", "0.1", true), T0)).isEmpty();
        assertThat(grid.slots().getFirst().state()).isEqualTo(SlotState.BUY_FILLED);
        assertThat(grid.stats().buyFills()).isEqualTo(1);
    }

    @Test
    void aFillForAnIntentNoSlotHoldsChangesNothing() {
        grid.onTick(null, Price.of("60500"), T0).intents();

        assertThat(grid.onFill(SlotTest.intent(grid.bot(), 0, Side.SELL, 7), fill(Side.SELL, "61000", "0.008", "0", true), T0)).isEmpty();
        assertThat(grid.stats()).isEqualTo(GridStats.NONE);
    }

    @Test
    void aGridThatCannotRunHasNoSlotsAndNeverPlaces() {
        BotStarted poor = new BotStarted(BotId.random(), UserId.random(), "grid", BotKind.GRID, Symbol.of("BTCUSDT"),
                Money.of("10"), 1, started.grid());
        Grid refused = Grid.start(poor, new GridPlanner(BigDecimal.ZERO, new BigDecimal("0.00055")).plan(poor.grid(), poor.symbol(), poor.budget(), 1), 0, T0);

        assertThat(refused.status()).isEqualTo(GridStatus.CANNOT_RUN);
        assertThat(refused.snapshot().reason()).contains("minimum order quantity");
        assertThat(refused.onTick(null, Price.of("62000"), T0).intents()).isEmpty();
    }

    @Test
    void theWatchChangeIsWholeWhenTheGridStartsOrArmsAndOtherwiseOnlyTheSlotsThatStartedOrStoppedWaiting() {
        assertThat(grid.drainWatchChange()).isInstanceOf(WatchChange.Whole.class); // new: the index knows nothing of it
        OrderIntentCreated buy = grid.onTick(null, Price.of("62500"), T0).intents().getFirst();
        assertThat(grid.drainWatchChange()).isInstanceOfSatisfying(WatchChange.Whole.class, whole ->
                assertThat(whole.watch().orElseThrow().waiting().stream().toArray()).containsExactly(3));

        // as the engine loads it for the next event
        Grid loaded = Grid.restore(grid.snapshot(), grid.slots().stream().map(Slot::snapshot).toList());
        loaded.onOrderFailed(buy.intentId(), T0); // slot 0 waits again
        assertThat(loaded.drainWatchChange()).isInstanceOfSatisfying(WatchChange.Slots.class, slots -> {
            assertThat(slots.nowWaiting()).containsExactly(0);
            assertThat(slots.noLongerWaiting()).isEmpty();
        });
        assertThat(loaded.drainWatchChange()).isInstanceOfSatisfying(WatchChange.Slots.class,
                slots -> assertThat(slots.isEmpty()).isTrue());

        loaded.onTick(Price.of("60500"), Price.of("64000"), T0); // crosses 61000 and 64000: slots 0 and 3 place
        assertThat(loaded.drainWatchChange()).isInstanceOfSatisfying(WatchChange.Slots.class, slots -> {
            assertThat(slots.nowWaiting()).isEmpty();
            assertThat(slots.noLongerWaiting()).containsExactly(0, 3);
        });

        loaded.stop(T0);
        assertThat(loaded.drainWatchChange()).isEqualTo(new WatchChange.Whole(grid.bot().botId(), java.util.Optional.empty()));
    }
}
