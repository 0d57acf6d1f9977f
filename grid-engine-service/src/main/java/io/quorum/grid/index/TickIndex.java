package io.quorum.grid.index;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.grid.slots.GridWatch;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Live grids by the prices they watch, per symbol. A lookup costs O(log n) per price map plus the k grids
 * found: crossings {@code previous < sell <= price}, triggers between the two prices, stop-losses at or
 * above the price, take-profits at or below it, and grids waiting for any tick. Thread-safe (ticks and
 * fills update it from different consumer threads); a grid is re-indexed as a whole after each change.
 */
public final class TickIndex {

    private final Map<Symbol, SymbolIndex> symbols = new HashMap<>();
    private final Map<BotId, GridWatch> watched = new HashMap<>();

    /** Replaces what is known of {@code bot}; a null watch removes it (exited, stopped, cannot run). */
    public synchronized void put(BotId bot, GridWatch watch) {
        GridWatch old = watched.remove(bot);
        if (old != null) {
            symbols.get(old.symbol()).remove(old);
        }
        if (watch != null) {
            watched.put(bot, watch);
            symbols.computeIfAbsent(watch.symbol(), s -> new SymbolIndex()).add(watch);
        }
    }

    public synchronized void rebuild(Collection<GridWatch> watches) {
        symbols.clear();
        watched.clear();
        watches.forEach(watch -> put(watch.bot(), watch));
    }

    /** The grids a tick from {@code previous} (null for the symbol's first) to {@code price} may concern. */
    public synchronized Set<BotId> concerned(Symbol symbol, Price previous, Price price) {
        SymbolIndex index = symbols.get(symbol);
        if (index == null) {
            return Set.of();
        }
        Set<BotId> found = new LinkedHashSet<>(index.anyTick);
        Price low = previous == null || price.isBelow(previous) ? price : previous;
        Price high = previous == null || price.isAbove(previous) ? price : previous;
        addAll(found, index.triggers.subMap(low, true, high, true));
        addAll(found, index.stopLosses.tailMap(price, true));
        addAll(found, index.takeProfits.headMap(price, true));
        if (previous != null && price.isAbove(previous)) {
            addAll(found, index.crossings.subMap(previous, false, price, true));
        }
        return found;
    }

    public synchronized int size() {
        return watched.size();
    }

    private static void addAll(Set<BotId> found, NavigableMap<Price, Set<BotId>> hits) {
        hits.values().forEach(found::addAll);
    }

    private static final class SymbolIndex {
        final Set<BotId> anyTick = new HashSet<>();
        final TreeMap<Price, Set<BotId>> triggers = new TreeMap<>();
        final TreeMap<Price, Set<BotId>> stopLosses = new TreeMap<>();
        final TreeMap<Price, Set<BotId>> takeProfits = new TreeMap<>();
        final TreeMap<Price, Set<BotId>> crossings = new TreeMap<>();

        void add(GridWatch w) {
            if (w.anyTick()) {
                anyTick.add(w.bot());
            }
            link(triggers, w.trigger(), w.bot());
            link(stopLosses, w.stopLoss(), w.bot());
            link(takeProfits, w.takeProfit(), w.bot());
            w.crossings().forEach(price -> link(crossings, price, w.bot()));
        }

        void remove(GridWatch w) {
            anyTick.remove(w.bot());
            unlink(triggers, w.trigger(), w.bot());
            unlink(stopLosses, w.stopLoss(), w.bot());
            unlink(takeProfits, w.takeProfit(), w.bot());
            w.crossings().forEach(price -> unlink(crossings, price, w.bot()));
        }

        private static void link(TreeMap<Price, Set<BotId>> map, Price price, BotId bot) {
            if (price != null) {
                map.computeIfAbsent(price, p -> new HashSet<>()).add(bot);
            }
        }

        private static void unlink(TreeMap<Price, Set<BotId>> map, Price price, BotId bot) {
            if (price == null) {
                return;
            }
            Set<BotId> bots = map.get(price);
            if (bots != null && bots.remove(bot) && bots.isEmpty()) {
                map.remove(price);
            }
        }
    }
}
