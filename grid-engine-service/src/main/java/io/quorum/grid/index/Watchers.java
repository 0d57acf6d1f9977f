package io.quorum.grid.index;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.money.Price;
import io.quorum.grid.slots.GridWatch;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The grids the {@link TickIndex} holds, by the number it gives each: per number, in arrays, its bot, its symbol's
 * lists, the watch last put (for its trigger, stop-loss and take-profit), its slots, and the lookup that last found
 * it. A grid's slots are one {@code long} each in one array: the slot's sell price as a key (converted once, when the
 * grid is put), with the sign bit set while the slot waits — so a slot that starts or stops waiting reads and writes
 * one long (one cache line) of its grid, then one entry of a price list: no hash lookup, no price conversion, no
 * allocation. A lookup reports each grid once without a hash set. Numbers of removed grids are reused.
 * Not thread-safe; the index guards it.
 */
final class Watchers implements IntConsumer {

    /** The bit of a slot's long that says it waits: the sign bit, free since a price, hence its key, is positive. */
    private static final long WAITS = Long.MIN_VALUE;

    private BotId[] bots = new BotId[64];
    private long[] foundBy = new long[64];
    private TickIndex.SymbolIndex[] symbols = new TickIndex.SymbolIndex[64];
    private GridWatch[] watches = new GridWatch[64];
    /** Per number, each slot's sell key, with {@link #WAITS} set while the slot waits (keys are positive). */
    private long[][] slots = new long[64][];
    private int[] free = new int[16];
    private int freeCount;
    private int issued;
    private long lookup;
    /** The grids the current lookup found, in a buffer kept between lookups; copied once, at its exact size, for the answer. */
    private BotId[] found = new BotId[64];
    private int foundCount;

    /** A number for {@code bot} watching {@code watch} in {@code symbol}: a released one if any, else the next. */
    int take(BotId bot, TickIndex.SymbolIndex symbol, GridWatch watch, long[] sellKeys) {
        int number;
        if (freeCount > 0) {
            number = free[--freeCount];
        } else {
            number = issued++;
            if (number == bots.length) {
                int size = number * 2;
                bots = Arrays.copyOf(bots, size);
                foundBy = Arrays.copyOf(foundBy, size);
                symbols = Arrays.copyOf(symbols, size);
                watches = Arrays.copyOf(watches, size);
                slots = Arrays.copyOf(slots, size);
            }
        }
        bots[number] = bot;
        foundBy[number] = 0;
        symbols[number] = symbol;
        watches[number] = watch;
        slots[number] = sellKeys.clone(); // none waits yet
        symbol.noteGaps(sellKeys);
        return number;
    }

    void release(int number) {
        bots[number] = null;
        symbols[number] = null;
        watches[number] = null;
        slots[number] = null;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = number;
    }

    GridWatch watch(int number) {
        return watches[number];
    }

    void replaceWatch(int number, GridWatch watch) {
        watches[number] = watch;
    }

    TickIndex.SymbolIndex symbol(int number) {
        return symbols[number];
    }

    /** Whether grid {@code number}'s slots have exactly these keys, in this order. */
    boolean hasKeys(int number, long[] keys) {
        long[] held = slots[number];
        if (held.length != keys.length) {
            return false;
        }
        for (int slot = 0; slot < keys.length; slot++) {
            if ((held[slot] & ~WAITS) != keys[slot]) {
                return false;
            }
        }
        return true;
    }

    int slotCount(int number) {
        return slots[number].length;
    }

    long key(int number, int slot) {
        return slots[number][slot] & ~WAITS;
    }

    /** Marks the slot waiting; false, changing nothing, when it already did. Adds its key to the crossings. */
    boolean watch(int number, int slot) {
        long[] held = slots[number];
        long entry = held[slot]; // an unknown slot throws before anything changes
        if (entry < 0) {
            return false;
        }
        held[slot] = entry | WAITS;
        symbols[number].crossings.stageAdd(entry, number);
        return true;
    }

    /** Marks the slot not waiting; false, changing nothing, when it did not wait. Removes its key from the crossings. */
    boolean unwatch(int number, int slot) {
        long[] held = slots[number];
        long entry = held[slot];
        if (entry >= 0) {
            return false;
        }
        long key = entry & ~WAITS;
        held[slot] = key;
        symbols[number].crossings.stageRemove(key, number);
        return true;
    }

    boolean waits(int number, int slot) {
        return slots[number][slot] < 0;
    }

    BotId bot(int number) {
        return bots[number];
    }

    /** Slot keys of a watch's sells, all converted before anything changes (a price beyond the index's range throws). */
    static long[] keysOf(GridWatch watch) {
        List<Price> sells = watch.sells();
        long[] keys = new long[sells.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = PriceKey.of(sells.get(i));
        }
        return keys;
    }

    void start() {
        lookup++;
        Arrays.fill(found, 0, foundCount, null);
        foundCount = 0;
    }

    /**
     * Adds the grid to this lookup's answer unless the lookup already found it. Allocates nothing: the answer is
     * built in a kept buffer, not in a list that grows copy by copy as a crossing tick finds hundreds of grids.
     */
    @Override
    public void accept(int number) {
        if (foundBy[number] == lookup) {
            return;
        }
        foundBy[number] = lookup;
        if (foundCount == found.length) {
            found = Arrays.copyOf(found, foundCount * 2);
        }
        found[foundCount++] = bots[number];
    }

    /** Whether this lookup has found no grid yet. */
    boolean foundNone() {
        return foundCount == 0;
    }

    /** The answer {@link #onlyOnce} fills, and how far. */
    private BotId[] answer;
    private int answerCount;
    private final IntConsumer intoAnswer = number -> answer[answerCount++] = bots[number];

    /**
     * The answer of a lookup that found nothing before the entries of {@code list} in {@code (low, high]}, in which no
     * grid is twice (see {@link TickIndex#concerned}): the entries are counted, and their bots written straight into
     * an answer of that size — no stamp by number read or written, no buffer to clear or copy.
     */
    List<BotId> onlyOnce(PriceList list, long low, long high) {
        int size = list.countIn(low, high);
        if (size == 0) {
            return List.of();
        }
        answer = new BotId[size];
        answerCount = 0;
        list.forEachIn(low, high, intoAnswer);
        BotId[] filled = answer;
        answer = null;
        return Arrays.asList(filled);
    }

    /** This lookup's answer: nothing allocated when it found nothing, else one copy at its exact size. */
    List<BotId> bots() {
        return foundCount == 0 ? List.of() : Arrays.asList(Arrays.copyOf(found, foundCount));
    }
}
