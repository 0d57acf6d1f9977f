package io.quorum.grid.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.grid.slots.GridWatch;
import java.math.BigDecimal;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class TickIndexPropertiesTest {

    private static final Symbol BTC = Symbol.of("BTCUSDT");

    /** The index finds exactly the grids a scan of every watch would: no tick's grid is ever missed. */
    @Property
    void theIndexFindsExactlyWhatAScanOfEveryGridFinds(@ForAll("watches") @Size(max = 30) List<GridWatch> watches,
                                                      @ForAll @IntRange(min = 1, max = 40) int previous,
                                                      @ForAll @IntRange(min = 1, max = 40) int price,
                                                      @ForAll boolean firstTick) {
        TickIndex index = new TickIndex();
        index.rebuild(watches);
        Price before = firstTick ? null : Price.of(String.valueOf(previous));
        Price now = Price.of(String.valueOf(price));

        Set<BotId> scanned = watches.stream().filter(w -> concerns(w, before, now)).map(GridWatch::bot).collect(Collectors.toSet());

        assertThat(index.concerned(BTC, before, now)).containsExactlyInAnyOrderElementsOf(scanned);
    }

    @Property
    void aGridPutAgainIsFoundOnlyByWhatItWatchesNow(@ForAll("watches") @Size(min = 2, max = 2) List<GridWatch> twice) {
        TickIndex index = new TickIndex();
        GridWatch first = twice.get(0);
        GridWatch second = new GridWatch(first.bot(), BTC, twice.get(1).anyTick(), twice.get(1).trigger(),
                twice.get(1).stopLoss(), twice.get(1).takeProfit(), twice.get(1).crossings());
        index.put(first.bot(), first);
        index.put(first.bot(), second);

        for (int p = 1; p <= 40; p++) {
            Price price = Price.of(String.valueOf(p));
            Price before = Price.of(String.valueOf(Math.max(1, p - 3)));
            assertThat(index.concerned(BTC, before, price).contains(first.bot())).isEqualTo(concerns(second, before, price));
        }
        index.put(first.bot(), null);
        assertThat(index.size()).isZero();
    }

    /**
     * Many grids watching many prices (more than a block of the price lists holds), re-indexed and removed
     * at random: every tick still finds exactly, and once each, the grids a scan of the live watches finds.
     */
    @Property(tries = 30)
    void withManyGridsPutAndRemovedAgainTheIndexStillFindsWhatAScanFinds(
            @ForAll("manyWatches") @Size(min = 50, max = 200) List<GridWatch> watches,
            @ForAll("manyWatches") @Size(min = 50, max = 200) List<GridWatch> changes,
            @ForAll @Size(min = 1, max = 10) List<@IntRange(min = 1, max = 2100) Integer> ticks) {
        TickIndex index = new TickIndex();
        index.rebuild(watches);
        Map<BotId, GridWatch> live = new HashMap<>();
        watches.forEach(w -> live.put(w.bot(), w));
        for (int i = 0; i < changes.size(); i++) {
            BotId bot = watches.get(i % watches.size()).bot();
            GridWatch change = i % 3 == 0 ? null : new GridWatch(bot, BTC, changes.get(i).anyTick(), changes.get(i).trigger(),
                    changes.get(i).stopLoss(), changes.get(i).takeProfit(), changes.get(i).crossings());
            index.put(bot, change);
            if (change == null) {
                live.remove(bot);
            } else {
                live.put(bot, change);
            }
        }
        assertThat(index.size()).isEqualTo(live.size());

        Price before = Price.of(BigDecimal.valueOf(1000, 1));
        for (int tick : ticks) {
            Price now = Price.of(BigDecimal.valueOf(tick, 1));
            Price previous = before;
            Set<BotId> scanned = live.values().stream().filter(w -> concerns(w, previous, now)).map(GridWatch::bot).collect(Collectors.toSet());
            assertThat(index.concerned(BTC, previous, now)).containsExactlyInAnyOrderElementsOf(scanned);
            before = now;
        }
    }

    /**
     * Slots that stop and start waiting one by one (watch/unwatch by grid number and slot), mixed with whole puts and
     * removals: every tick still finds exactly what a scan of the live watches finds, a put after slot moves replaces
     * them all, and the index holds exactly what one rebuilt from the live watches holds.
     */
    @Property(tries = 30)
    void slotsWatchedAndUnwatchedOneByOneAreFoundLikeAScanFinds(
            @ForAll("manyWatches") @Size(min = 20, max = 100) List<GridWatch> watches,
            @ForAll @Size(min = 1, max = 300) List<@IntRange(min = 0, max = 1_000_000) Integer> moves,
            @ForAll @Size(min = 1, max = 10) List<@IntRange(min = 1, max = 2100) Integer> ticks) {
        TickIndex index = new TickIndex();
        index.rebuild(watches);
        Map<BotId, GridWatch> live = new HashMap<>();
        watches.forEach(w -> live.put(w.bot(), w));
        for (int move : moves) {
            GridWatch was = watches.get(move % watches.size());
            GridWatch now = live.get(was.bot());
            int number = index.number(was.bot());
            assertThat(number >= 0).isEqualTo(now != null);
            if (move % 5 == 4 || now == null || was.sells().isEmpty()) {
                // a whole put after slot moves: back to the watch first put, or gone and back
                GridWatch put = now == null ? was : move % 2 == 0 ? null : was;
                index.put(was.bot(), put);
                if (put == null) {
                    live.remove(was.bot());
                } else {
                    live.put(was.bot(), put);
                }
                continue;
            }
            int slot = move / 5 % was.sells().size();
            BitSet waiting = now.waiting();
            if (move % 5 < 2) {
                assertThat(index.watch(number, slot)).isEqualTo(!waiting.get(slot));
                waiting.set(slot);
            } else {
                assertThat(index.unwatch(number, slot)).isEqualTo(waiting.get(slot));
                waiting.clear(slot);
            }
            live.put(was.bot(), new GridWatch(now.bot(), BTC, now.anyTick(), now.trigger(), now.stopLoss(),
                    now.takeProfit(), now.sells(), waiting));
        }
        assertThat(index.size()).isEqualTo(live.size());
        TickIndex rebuilt = new TickIndex();
        rebuilt.rebuild(live.values());
        assertThat(index.describe()).isEqualTo(rebuilt.describe());

        Price before = Price.of(BigDecimal.valueOf(1000, 1));
        for (int tick : ticks) {
            Price now = Price.of(BigDecimal.valueOf(tick, 1));
            Price previous = before;
            Set<BotId> scanned = live.values().stream().filter(w -> concerns(w, previous, now)).map(GridWatch::bot).collect(Collectors.toSet());
            assertThat(index.concerned(BTC, previous, now)).containsExactlyInAnyOrderElementsOf(scanned);
            before = now;
        }
    }

    /**
     * A walk of small ticks (0.05 to 0.15 up or down, so most rises are narrower than the gaps between a grid's sells
     * and the index reports what it meets in the crossings without stamping grids) with slots moved between the
     * ticks as the engine moves them — a slot found stops waiting, one whose buy (a step below its sell) the price
     * fell to waits again — finds at every tick exactly what a scan of the live watches finds.
     */
    @Property(tries = 100)
    void aWalkOfSmallTicksWithItsSlotMovesFindsWhatAScanFinds(
            @ForAll("manyWatches") @Size(min = 5, max = 60) List<GridWatch> watches,
            @ForAll @Size(min = 1, max = 200) List<@IntRange(min = -3, max = 3) Integer> steps,
            @ForAll boolean slotsOnly) {
        if (slotsOnly) { // nothing but crossings, so the lookups that meet each grid once are not the exception
            watches = watches.stream().map(w -> new GridWatch(w.bot(), BTC, false, null, null, null, w.sells(), w.waiting()))
                    .toList();
        }
        TickIndex index = new TickIndex();
        index.rebuild(watches);
        Map<BotId, GridWatch> live = new HashMap<>();
        watches.forEach(w -> live.put(w.bot(), w));
        Price previous = Price.of("100.00");
        for (int step : steps) {
            BigDecimal next = previous.value().add(BigDecimal.valueOf(step * 5L, 2));
            Price now = next.signum() > 0 ? Price.of(next) : Price.of("0.05");
            Price before = previous;
            Set<BotId> scanned = live.values().stream().filter(w -> concerns(w, before, now)).map(GridWatch::bot)
                    .collect(Collectors.toSet());
            assertThat(index.concerned(BTC, before, now)).containsExactlyInAnyOrderElementsOf(scanned);
            for (GridWatch w : List.copyOf(live.values())) {
                BitSet waiting = w.waiting();
                int number = index.number(w.bot());
                for (int slot = 0; slot < w.sells().size(); slot++) {
                    Price sell = w.sells().get(slot);
                    BigDecimal buy = sell.value().subtract(new BigDecimal("0.3"));
                    if (waiting.get(slot) && before.isBelow(sell) && !now.isBelow(sell)) {
                        assertThat(index.unwatch(number, slot)).isTrue();
                        waiting.clear(slot);
                    } else if (!waiting.get(slot) && now.value().compareTo(buy) <= 0 && before.value().compareTo(buy) > 0) {
                        assertThat(index.watch(number, slot)).isTrue();
                        waiting.set(slot);
                    }
                }
                live.put(w.bot(), new GridWatch(w.bot(), BTC, w.anyTick(), w.trigger(), w.stopLoss(), w.takeProfit(),
                        w.sells(), waiting));
            }
            previous = now;
        }
        TickIndex rebuilt = new TickIndex();
        rebuilt.rebuild(live.values());
        assertThat(index.describe()).isEqualTo(rebuilt.describe());
    }

    /** A grid put again with other slots waiting, or with other slot prices, is described as if put once. */
    @Property(tries = 100)
    void aGridPutAgainHoldsWhatItWouldHoldPutOnce(@ForAll("manyWatches") @Size(min = 2, max = 2) List<GridWatch> twice,
                                                  @ForAll boolean samePrices) {
        GridWatch first = twice.get(0);
        GridWatch other = twice.get(1);
        BitSet waiting = new BitSet();
        for (int slot = 0; slot < first.sells().size(); slot++) {
            if (!first.waits(slot)) {
                waiting.set(slot);
            }
        }
        GridWatch second = samePrices
                ? new GridWatch(first.bot(), BTC, other.anyTick(), other.trigger(), other.stopLoss(), other.takeProfit(),
                        first.sells(), waiting)
                : new GridWatch(first.bot(), BTC, other.anyTick(), other.trigger(), other.stopLoss(), other.takeProfit(),
                        other.sells(), other.waiting());
        TickIndex index = new TickIndex();
        index.put(first.bot(), first);
        index.put(first.bot(), second);
        TickIndex once = new TickIndex();
        once.put(first.bot(), second);

        assertThat(index.describe()).isEqualTo(once.describe());
    }

    @Provide
    Arbitrary<List<GridWatch>> manyWatches() {
        // prices 0.1 to 200.0, so ticks fall on watched prices and between them
        Arbitrary<Price> price = Arbitraries.integers().between(1, 2000).map(i -> Price.of(BigDecimal.valueOf(i, 1)));
        // slots at distinct ascending sell prices (as a grid's), of which a random part waits
        Arbitrary<GridWatch> watch = Combinators.combine(Arbitraries.of(true, false, false, false, false, false),
                        price.injectNull(0.8), price.injectNull(0.7), price.injectNull(0.7), price.set().ofMaxSize(60),
                        Arbitraries.longs())
                .as((any, trigger, sl, tp, sells, bits) -> {
                    BitSet waiting = BitSet.valueOf(new long[] {bits});
                    waiting.clear(sells.size(), Long.SIZE);
                    return new GridWatch(BotId.random(), BTC, any, trigger, sl, tp, List.copyOf(new TreeSet<>(sells)), waiting);
                });
        return watch.list();
    }

    /** The rule of Grid.onTick, written as a plain scan. */
    static boolean concerns(GridWatch w, Price previous, Price price) {
        Price low = previous == null || price.isBelow(previous) ? price : previous;
        Price high = previous == null || price.isAbove(previous) ? price : previous;
        return w.anyTick()
                || (w.trigger() != null && !w.trigger().isBelow(low) && !w.trigger().isAbove(high))
                || (w.stopLoss() != null && !price.isAbove(w.stopLoss()))
                || (w.takeProfit() != null && !price.isBelow(w.takeProfit()))
                || (previous != null && w.crossings().stream().anyMatch(s -> previous.isBelow(s) && !price.isBelow(s)));
    }

    @Provide
    Arbitrary<List<GridWatch>> watches() {
        Arbitrary<Price> price = Arbitraries.integers().between(1, 40).map(i -> Price.of(String.valueOf(i)));
        Arbitrary<GridWatch> watch = Combinators.combine(Arbitraries.of(true, false, false, false),
                        price.injectNull(0.5), price.injectNull(0.6), price.injectNull(0.6), price.set().ofMaxSize(8))
                .as((any, trigger, sl, tp, crossings) -> new GridWatch(BotId.random(), BTC, any, trigger, sl, tp, crossings));
        return watch.list();
    }
}
