package io.quorum.grid.index;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.grid.slots.GridWatch;
import io.quorum.grid.slots.WatchChange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Live grids by the prices they watch, per symbol. A lookup costs O(log n) per price list plus the k grids
 * found: crossings {@code previous < sell <= price}, triggers between the two prices, stop-losses at or
 * above the price, take-profits at or below it, and grids waiting for any tick. Thread-safe (ticks and
 * fills update it from different consumer threads).
 *
 * <p>Prices are fixed-point longs ({@link PriceKey}) in {@link PriceList}s; each indexed grid has a number, and the
 * lists hold numbers, so a lookup reads only primitive arrays and, per grid found, two array slots by number
 * ({@link Watchers}). A tick that finds nothing allocates nothing for its
 * answer, one that finds k grids allocates the answer once at its size, and one that does not rise does not even
 * convert its price.
 *
 * <p>A grid is {@link #put} whole when it starts, when something beyond its slots changes (first tick, arming,
 * status, exit, stop) and at rebuilds; its slots' sell prices become keys then, once. Afterwards a slot that starts
 * or stops waiting is one {@link #watch} or {@link #unwatch} by grid number and slot index: its bit, flipped at once,
 * and one entry of the symbol's crossings, staged and merged in with the others at the list's next read (sorted,
 * netted, one pass over each block they land in), with no hash lookup, no price conversion and no allocation.
 */
public final class TickIndex {

    private final Map<Symbol, SymbolIndex> symbols = new HashMap<>();
    private final Map<BotId, Integer> numbers = new HashMap<>();
    private final Watchers watchers = new Watchers();

    /**
     * Replaces what is known of {@code bot}; a null watch removes it (exited, stopped, cannot run). A grid put again
     * with the same symbol and slot prices moves only what differs: its trigger, stop-loss, take-profit, whether it
     * waits for any tick, and the slots that started or stopped waiting.
     */
    public synchronized void put(BotId bot, GridWatch watch) {
        long[] keys = watch == null ? null : Watchers.keysOf(watch); // a price beyond range throws before any change
        Integer old = numbers.get(bot);
        if (old != null && watch != null && watchers.watch(old).symbol().equals(watch.symbol())
                && watchers.hasKeys(old, keys)) {
            int number = old;
            watchers.symbol(number).moveHeader(number, watchers.watch(number), watch);
            for (int slot = 0; slot < keys.length; slot++) {
                if (watch.waits(slot)) {
                    watchers.watch(number, slot);
                } else {
                    watchers.unwatch(number, slot);
                }
            }
            watchers.replaceWatch(number, watch);
            return;
        }
        if (old != null) {
            int number = old;
            numbers.remove(bot);
            for (int slot = 0; slot < watchers.slotCount(number); slot++) {
                watchers.unwatch(number, slot);
            }
            watchers.symbol(number).moveHeader(number, watchers.watch(number), null);
            watchers.release(number);
        }
        if (watch != null) {
            SymbolIndex index = symbols.computeIfAbsent(watch.symbol(), s -> new SymbolIndex());
            int number = watchers.take(bot, index, watch, keys);
            numbers.put(bot, number);
            index.moveHeader(number, null, watch);
            watch.waiting().stream().forEach(slot -> watchers.watch(number, slot));
        }
    }

    /** The number of an indexed grid, for {@link #watch(int, int)} and {@link #unwatch(int, int)}; -1 when not indexed. */
    public synchronized int number(BotId bot) {
        Integer number = numbers.get(bot);
        return number == null ? -1 : number;
    }

    /**
     * Slot {@code slot} of grid {@code number} waits again (at its sell price). False, changing nothing, when it
     * already waited. The number must be the grid's current one (it is reused once the grid is removed).
     */
    public synchronized boolean watch(int number, int slot) {
        return watchers.watch(number, slot);
    }

    /** Slot {@code slot} of grid {@code number} stopped waiting (it placed its order). False when it did not wait. */
    public synchronized boolean unwatch(int number, int slot) {
        return watchers.unwatch(number, slot);
    }

    /**
     * Moves the slots of an indexed grid that started ({@code nowWaiting}) or stopped ({@code noLongerWaiting})
     * waiting: one lookup of the grid's number, then one crossing per slot. False, changing nothing, when the grid is
     * not indexed.
     */
    public synchronized boolean move(BotId bot, int[] nowWaiting, int[] noLongerWaiting) {
        Integer number = numbers.get(bot);
        if (number == null) {
            return false;
        }
        for (int slot : nowWaiting) {
            watchers.watch(number, slot);
        }
        for (int slot : noLongerWaiting) {
            watchers.unwatch(number, slot);
        }
        return true;
    }

    /** Applies what a grid says changed in its watch: the whole watch, or the slots that started or stopped waiting. */
    public synchronized void apply(WatchChange change) {
        switch (change) {
            case WatchChange.Whole whole -> put(whole.bot(), whole.watch().orElse(null));
            case WatchChange.Slots slots -> move(slots.bot(), slots.nowWaiting(), slots.noLongerWaiting());
        }
    }

    public synchronized void rebuild(Collection<GridWatch> watches) {
        new ArrayList<>(numbers.keySet()).forEach(bot -> put(bot, null));
        watches.forEach(watch -> put(watch.bot(), watch));
    }

    /** The grids (each once) a tick from {@code previous} (null for the symbol's first) to {@code price} may concern. */
    public synchronized List<BotId> concerned(Symbol symbol, Price previous, Price price) {
        SymbolIndex index = symbols.get(symbol);
        if (index == null) {
            return List.of();
        }
        watchers.start();
        for (int i = 0; i < index.anyTickCount; i++) {
            watchers.accept(index.anyTick[i]);
        }
        if (index.triggers.isEmpty() && index.stopLosses.isEmpty() && index.takeProfits.isEmpty()
                && (previous == null || !price.isAbove(previous))) {
            return watchers.bots(); // the common quiet tick: no price to convert
        }
        Price low = previous == null || price.isBelow(previous) ? price : previous;
        Price high = previous == null || price.isAbove(previous) ? price : previous;
        if (!index.triggers.isEmpty()) {
            index.triggers.forEachIn(PriceKey.ceiling(low) - 1, PriceKey.floor(high), watchers);
        }
        if (!index.stopLosses.isEmpty()) {
            index.stopLosses.forEachIn(PriceKey.ceiling(price) - 1, Long.MAX_VALUE, watchers);
        }
        if (!index.takeProfits.isEmpty()) {
            index.takeProfits.forEachIn(Long.MIN_VALUE, PriceKey.floor(price), watchers);
        }
        if (previous != null && price.isAbove(previous) && !index.crossings.isEmpty()) {
            long from = PriceKey.floor(previous);
            long to = PriceKey.floor(price);
            // two sells of one grid in (from, to] lie less than to - from apart; when no grid of the symbol has two
            // sells that close, each grid is met at most once and needs no stamp (the common tick, and the sweep)
            if (watchers.foundNone() && to - from <= index.minGap) {
                return watchers.onlyOnce(index.crossings, from, to);
            }
            index.crossings.forEachIn(from, to, watchers);
        }
        return watchers.bots();
    }

    public synchronized int size() {
        return numbers.size();
    }

    /**
     * What the index holds, one line per grid and entry ({@code bot any}, {@code bot trigger key}, {@code bot
     * stop-loss key}, {@code bot take-profit key}, {@code bot slot i key}), sorted: two indexes holding the same
     * grids alike describe themselves alike, whatever numbers they gave them. Every entry is read from the price
     * lists themselves, so an entry a bit does not account for shows.
     */
    public synchronized List<String> describe() {
        List<String> lines = new ArrayList<>();
        symbols.forEach((symbol, index) -> {
            for (int i = 0; i < index.anyTickCount; i++) {
                lines.add(symbol + " " + watchers.bot(index.anyTick[i]) + " any");
            }
            index.triggers.forEach((key, number) -> lines.add(symbol + " " + watchers.bot(number) + " trigger " + key));
            index.stopLosses.forEach((key, number) -> lines.add(symbol + " " + watchers.bot(number) + " stop-loss " + key));
            index.takeProfits.forEach((key, number) -> lines.add(symbol + " " + watchers.bot(number) + " take-profit " + key));
            index.crossings.forEach((key, number) -> {
                StringBuilder slots = new StringBuilder();
                for (int slot = 0; slot < watchers.slotCount(number); slot++) {
                    if (watchers.key(number, slot) == key && watchers.waits(number, slot)) {
                        slots.append(' ').append(slot);
                    }
                }
                lines.add(symbol + " " + watchers.bot(number) + " crossing " + key + " slots" + slots);
            });
        });
        lines.sort(null);
        return lines;
    }

    static final class SymbolIndex {
        int[] anyTick = new int[4];
        int anyTickCount;
        final PriceList triggers = new PriceList();
        final PriceList stopLosses = new PriceList();
        final PriceList takeProfits = new PriceList();
        final PriceList crossings = new PriceList();
        /**
         * The least distance between two sell keys of one grid ever put in this symbol (0 when a grid had two at one
         * price); it only shrinks, so it stays a lower bound when grids go.
         */
        long minGap = Long.MAX_VALUE;

        void noteGaps(long[] keys) {
            long[] sorted = keys.clone();
            Arrays.sort(sorted);
            for (int i = 1; i < sorted.length; i++) {
                minGap = Math.min(minGap, sorted[i] - sorted[i - 1]);
            }
        }

        /** Moves grid {@code number}'s any-tick, trigger, stop-loss and take-profit from {@code was} to {@code now}. */
        void moveHeader(int number, GridWatch was, GridWatch now) {
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
