package io.quorum.grid.index;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.grid.slots.GridWatch;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Live grids by the prices they watch, per symbol. A lookup costs O(log n) per price list plus the k grids
 * found: crossings {@code previous < sell <= price}, triggers between the two prices, stop-losses at or
 * above the price, take-profits at or below it, and grids waiting for any tick. Thread-safe (ticks and
 * fills update it from different consumer threads).
 *
 * <p>Prices are fixed-point longs ({@link PriceKey}) in {@link PriceList}s; each indexed grid has a number, and the
 * lists hold numbers, so a lookup reads only primitive arrays and {@link Found}'s two arrays by number — no object
 * per grid. A grid put again is updated by what changed: after a tick or a fill usually one crossing goes or comes,
 * and only that price is converted and moved. A tick that finds nothing allocates nothing for its answer, and one
 * that does not rise does not even convert its price.
 *
 * <p>Where the caller knows the one slot that changed, {@link #watch} and {@link #unwatch} add or remove that single
 * crossing in O(log n) without building or comparing the grid's whole set; {@link #put} stays for starts, config
 * changes and rebuilds. Each grid keeps its own copy of its crossings, so a later put compares with what is indexed.
 */
public final class TickIndex {

    private final Map<Symbol, SymbolIndex> symbols = new HashMap<>();
    private final Map<BotId, Watcher> watched = new HashMap<>();
    private final Found found = new Found();

    /** Replaces what is known of {@code bot}; a null watch removes it (exited, stopped, cannot run). */
    public synchronized void put(BotId bot, GridWatch watch) {
        Watcher old = watched.get(bot);
        if (old != null && watch != null && old.watch.symbol().equals(watch.symbol())) {
            symbols.get(watch.symbol()).update(old.number, old.watch, old.crossings(), watch);
            watched.put(bot, new Watcher(old.number, watch));
            return;
        }
        if (old != null) {
            watched.remove(bot);
            symbols.get(old.watch.symbol()).update(old.number, old.watch, old.crossings(), null);
            found.release(old.number);
        }
        if (watch != null) {
            int number = found.take(bot);
            watched.put(bot, new Watcher(number, watch));
            symbols.computeIfAbsent(watch.symbol(), s -> new SymbolIndex()).update(number, null, Set.of(), watch);
        }
    }

    /**
     * Watches one more crossing of an indexed grid (a slot waits again at its sell price). False, changing nothing,
     * when the grid is not indexed or already watches that price.
     */
    public synchronized boolean watch(BotId bot, Price crossing) {
        Watcher watcher = watched.get(bot);
        if (watcher == null || watcher.crossings().contains(crossing)) {
            return false;
        }
        long key = PriceKey.of(crossing); // before changing anything: a price beyond the index's range is refused
        watcher.changeableCrossings().add(crossing);
        symbols.get(watcher.watch.symbol()).crossings.add(key, watcher.number);
        return true;
    }

    /** Stops watching one crossing of an indexed grid (its slot placed its order). False when it did not watch it. */
    public synchronized boolean unwatch(BotId bot, Price crossing) {
        Watcher watcher = watched.get(bot);
        if (watcher == null || !watcher.crossings().contains(crossing)) {
            return false;
        }
        watcher.changeableCrossings().remove(crossing);
        symbols.get(watcher.watch.symbol()).crossings.remove(PriceKey.of(crossing), watcher.number);
        return true;
    }

    public synchronized void rebuild(Collection<GridWatch> watches) {
        new HashMap<>(watched).keySet().forEach(bot -> put(bot, null));
        watches.forEach(watch -> put(watch.bot(), watch));
    }

    /** The grids (each once) a tick from {@code previous} (null for the symbol's first) to {@code price} may concern. */
    public synchronized List<BotId> concerned(Symbol symbol, Price previous, Price price) {
        SymbolIndex index = symbols.get(symbol);
        if (index == null) {
            return List.of();
        }
        found.start();
        for (int i = 0; i < index.anyTickCount; i++) {
            found.accept(index.anyTick[i]);
        }
        if (index.triggers.isEmpty() && index.stopLosses.isEmpty() && index.takeProfits.isEmpty()
                && (previous == null || !price.isAbove(previous))) {
            return found.bots(); // the common quiet tick: no price to convert
        }
        Price low = previous == null || price.isBelow(previous) ? price : previous;
        Price high = previous == null || price.isAbove(previous) ? price : previous;
        if (!index.triggers.isEmpty()) {
            index.triggers.forEachIn(PriceKey.ceiling(low) - 1, PriceKey.floor(high), found);
        }
        if (!index.stopLosses.isEmpty()) {
            index.stopLosses.forEachIn(PriceKey.ceiling(price) - 1, Long.MAX_VALUE, found);
        }
        if (!index.takeProfits.isEmpty()) {
            index.takeProfits.forEachIn(Long.MIN_VALUE, PriceKey.floor(price), found);
        }
        if (previous != null && price.isAbove(previous) && !index.crossings.isEmpty()) {
            index.crossings.forEachIn(PriceKey.floor(previous), PriceKey.floor(price), found);
        }
        return found.bots();
    }

    public synchronized int size() {
        return watched.size();
    }

    private static final class SymbolIndex {
        int[] anyTick = new int[4];
        int anyTickCount;
        final PriceList triggers = new PriceList();
        final PriceList stopLosses = new PriceList();
        final PriceList takeProfits = new PriceList();
        final PriceList crossings = new PriceList();

        /**
         * Moves grid {@code number} from what it watched ({@code was}, null if new; {@code before}, the crossings
         * indexed now) to {@code now} (null if gone).
         */
        void update(int number, GridWatch was, Set<Price> before, GridWatch now) {
            if ((was != null && was.anyTick()) != (now != null && now.anyTick())) {
                if (now != null && now.anyTick()) {
                    addAnyTick(number);
                } else {
                    removeAnyTick(number);
                }
            }
            move(triggers, number, was == null ? null : was.trigger(), now == null ? null : now.trigger());
            move(stopLosses, number, was == null ? null : was.stopLoss(), now == null ? null : now.stopLoss());
            move(takeProfits, number, was == null ? null : was.takeProfit(), now == null ? null : now.takeProfit());
            Set<Price> after = now == null ? Set.of() : now.crossings();
            for (Price price : before) {
                if (!after.contains(price)) {
                    crossings.remove(PriceKey.of(price), number);
                }
            }
            for (Price price : after) {
                if (!before.contains(price)) {
                    crossings.add(PriceKey.of(price), number);
                }
            }
        }

        private static void move(PriceList list, int number, Price was, Price now) {
            if (Objects.equals(was, now)) {
                return;
            }
            if (was != null) {
                list.remove(PriceKey.of(was), number);
            }
            if (now != null) {
                list.add(PriceKey.of(now), number);
            }
        }

        private void addAnyTick(int number) {
            if (anyTickCount == anyTick.length) {
                anyTick = Arrays.copyOf(anyTick, anyTickCount * 2);
            }
            anyTick[anyTickCount++] = number;
        }

        private void removeAnyTick(int number) {
            for (int i = 0; i < anyTickCount; i++) {
                if (anyTick[i] == number) {
                    anyTick[i] = anyTick[--anyTickCount];
                    return;
                }
            }
        }
    }
}
