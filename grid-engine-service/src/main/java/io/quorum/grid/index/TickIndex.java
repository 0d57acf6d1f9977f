package io.quorum.grid.index;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.grid.slots.GridWatch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Live grids by the prices they watch, per symbol. A lookup costs O(log n) per price list plus the k grids
 * found: crossings {@code previous < sell <= price}, triggers between the two prices, stop-losses at or
 * above the price, take-profits at or below it, and grids waiting for any tick. Thread-safe (ticks and
 * fills update it from different consumer threads); a grid is re-indexed as a whole after each change.
 *
 * <p>Prices are fixed-point longs ({@link PriceKey}) in {@link PriceList}s; each indexed grid is one
 * {@link Watcher}, stamped with the tick that last found it, so a grid found through several prices is
 * reported once without a hash set. A tick that finds nothing allocates nothing for its answer, and one
 * that does not rise does not even convert its price.
 */
public final class TickIndex {

    /** A grid as indexed: what it watches, and the last lookup that found it. */
    private static final class Watcher {
        final GridWatch watch;
        long foundBy;

        Watcher(GridWatch watch) {
            this.watch = watch;
        }
    }

    private final Map<Symbol, SymbolIndex> symbols = new HashMap<>();
    private final Map<BotId, Watcher> watched = new HashMap<>();
    private final Found found = new Found();

    /** Replaces what is known of {@code bot}; a null watch removes it (exited, stopped, cannot run). */
    public synchronized void put(BotId bot, GridWatch watch) {
        Watcher old = watched.remove(bot);
        if (old != null) {
            symbols.get(old.watch.symbol()).remove(old);
        }
        if (watch != null) {
            Watcher watcher = new Watcher(watch);
            watched.put(bot, watcher);
            symbols.computeIfAbsent(watch.symbol(), s -> new SymbolIndex()).add(watcher);
        }
    }

    public synchronized void rebuild(Collection<GridWatch> watches) {
        symbols.clear();
        watched.clear();
        watches.forEach(watch -> put(watch.bot(), watch));
    }

    /** The grids (each once) a tick from {@code previous} (null for the symbol's first) to {@code price} may concern. */
    public synchronized List<BotId> concerned(Symbol symbol, Price previous, Price price) {
        SymbolIndex index = symbols.get(symbol);
        if (index == null) {
            return List.of();
        }
        found.start();
        index.anyTick.forEach(found);
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

    /** Collects the bots of the watchers a lookup visits, each once; allocates only when it finds one. */
    private static final class Found implements Consumer<Watcher> {
        private long lookup;
        private List<BotId> bots;

        void start() {
            lookup++;
            bots = null;
        }

        @Override
        public void accept(Watcher watcher) {
            if (watcher.foundBy == lookup) {
                return;
            }
            watcher.foundBy = lookup;
            if (bots == null) {
                bots = new ArrayList<>();
            }
            bots.add(watcher.watch.bot());
        }

        List<BotId> bots() {
            return bots == null ? List.of() : bots;
        }
    }

    private static final class SymbolIndex {
        final List<Watcher> anyTick = new ArrayList<>();
        final PriceList<Watcher> triggers = new PriceList<>();
        final PriceList<Watcher> stopLosses = new PriceList<>();
        final PriceList<Watcher> takeProfits = new PriceList<>();
        final PriceList<Watcher> crossings = new PriceList<>();

        void add(Watcher w) {
            GridWatch watch = w.watch;
            if (watch.anyTick()) {
                anyTick.add(w);
            }
            if (watch.trigger() != null) {
                triggers.add(PriceKey.of(watch.trigger()), w);
            }
            if (watch.stopLoss() != null) {
                stopLosses.add(PriceKey.of(watch.stopLoss()), w);
            }
            if (watch.takeProfit() != null) {
                takeProfits.add(PriceKey.of(watch.takeProfit()), w);
            }
            watch.crossings().forEach(price -> crossings.add(PriceKey.of(price), w));
        }

        void remove(Watcher w) {
            GridWatch watch = w.watch;
            if (watch.anyTick()) {
                anyTick.remove(w);
            }
            if (watch.trigger() != null) {
                triggers.remove(PriceKey.of(watch.trigger()), w);
            }
            if (watch.stopLoss() != null) {
                stopLosses.remove(PriceKey.of(watch.stopLoss()), w);
            }
            if (watch.takeProfit() != null) {
                takeProfits.remove(PriceKey.of(watch.takeProfit()), w);
            }
            watch.crossings().forEach(price -> crossings.remove(PriceKey.of(price), w));
        }
    }
}
