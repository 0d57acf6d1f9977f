package io.quorum.grid.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.GridSpacing;
import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.Side;
import io.quorum.grid.levels.GridPlanner;
import io.quorum.grid.slots.Fill;
import io.quorum.grid.slots.Grid;
import io.quorum.grid.slots.Slot;
import io.quorum.grid.slots.SlotRecord;
import io.quorum.grid.slots.SlotState;
import io.quorum.grid.slots.TickOutcome;
import io.quorum.grid.slots.WatchChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The index kept up to date the way the engine keeps it — after each change of a grid, only what the grid says
 * changed in its watch ({@link Grid#drainWatchChange()}: a few slots, or the whole watch when its status, arming or
 * first tick changed) — holds exactly what an index rebuilt from scratch from every grid's whole watch holds, after
 * any sequence of ticks, complete and partial fills, failed orders and stops. Each step works on a grid restored
 * from its records, as the engine loads it for each event.
 */
class IncrementalIndexPropertiesTest {

    private static final Symbol BTC = Symbol.of("BTCUSDT");
    private static final GridPlanner PLANNER = new GridPlanner(new BigDecimal("0.002"), new BigDecimal("0.00055"));
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    @Property(tries = 200)
    void slotBySlotReIndexingHoldsWhatARebuildFromEveryWholeWatchHolds(
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 15) Integer> options,
            @ForAll @Size(min = 1, max = 120) List<@IntRange(min = 0, max = 1_000_000) Integer> steps) {
        List<Grid> grids = new ArrayList<>();
        for (int g = 0; g < options.size(); g++) {
            grids.add(start(g, options.get(g)));
        }
        TickIndex incremental = new TickIndex();
        grids.forEach(grid -> incremental.apply(grid.drainWatchChange()));
        Price previous = null;
        long second = 0;
        for (int step : steps) {
            Instant at = T0.plusSeconds(second++);
            int kind = step % 10;
            if (kind < 4) { // a tick: every grid sees it (as a scan would), and each it moves must have been found
                Price price = Price.of(BigDecimal.valueOf(58_500 + step / 10 % 31 * 250));
                Set<BotId> found = Set.copyOf(incremental.concerned(BTC, previous, price));
                for (int g = 0; g < grids.size(); g++) {
                    Grid grid = reload(grids.get(g));
                    TickOutcome outcome = grid.onTick(previous, price, at);
                    WatchChange change = grid.drainWatchChange();
                    if (!outcome.intents().isEmpty() || outcome.stop().isPresent() || !isEmpty(change)) {
                        assertThat(found).as("a grid the tick moved was found").contains(grid.bot().botId());
                    }
                    incremental.apply(change);
                    grids.set(g, grid);
                }
                previous = price;
            } else {
                int g = step / 10 % grids.size();
                Grid grid = reload(grids.get(g));
                List<Slot> holding = grid.slots().stream()
                        .filter(s -> s.state() == SlotState.BUY_PLACED || s.state() == SlotState.SELL_PLACED).toList();
                if (kind == 9) {
                    grid.stop(at);
                } else if (!holding.isEmpty()) {
                    Slot slot = holding.get(step / 100 % holding.size());
                    IntentId intent = slot.snapshot().intentId();
                    if (kind == 8) {
                        grid.onOrderFailed(intent, at);
                    } else {
                        grid.onFill(intent, fill(slot, kind != 7), at);
                    }
                }
                incremental.apply(grid.drainWatchChange());
                grids.set(g, grid);
            }
            TickIndex rebuilt = new TickIndex();
            rebuilt.rebuild(grids.stream().flatMap(grid -> grid.watch().stream()).toList());
            assertThat(incremental.describe()).isEqualTo(rebuilt.describe());
            assertThat(incremental.size()).isEqualTo(rebuilt.size());
        }
    }

    /** Grid {@code g}: levels from 60000 + 250·g, 8 slots of 500; options' bits: trigger, stop-loss, take-profit. */
    private static Grid start(int g, int options) {
        Price lower = Price.of(BigDecimal.valueOf(60_000 + 250L * g));
        Price upper = Price.of(BigDecimal.valueOf(64_000 + 250L * g));
        GridSpec spec = new GridSpec(lower, upper, 8, GridSpacing.ARITHMETIC, null,
                (options & 1) != 0 ? Price.of("62000") : null, (options & 2) != 0 ? Price.of("59000") : null,
                (options & 4) != 0 ? Price.of("65500") : null);
        BotStarted started = new BotStarted(BotId.random(), UserId.random(), "grid", BotKind.GRID, BTC,
                Money.of("10000"), 2, spec);
        return Grid.start(started, PLANNER.plan(spec, BTC, started.budget(), 2), 0, T0);
    }

    /** The grid as the engine would load it from what was saved: no memory of earlier steps. */
    private static Grid reload(Grid grid) {
        return Grid.restore(grid.snapshot(), grid.slots().stream().map(Slot::snapshot).toList());
    }

    /** A fill of the slot's open order at its price: complete, or a partial one of a tenth. */
    private static Fill fill(Slot slot, boolean completes) {
        SlotRecord record = slot.snapshot();
        boolean buying = record.state() == SlotState.BUY_PLACED;
        Quantity quantity = buying ? record.quantity() : record.book().held();
        if (!completes) {
            quantity = Quantity.of(quantity.value().divide(BigDecimal.TEN));
        }
        return new Fill(buying ? Side.BUY : Side.SELL, buying ? record.buyPrice() : record.sellPrice(), quantity,
                Money.of("0.01"), completes);
    }

    private static boolean isEmpty(WatchChange change) {
        return change instanceof WatchChange.Slots slots && slots.isEmpty();
    }
}
