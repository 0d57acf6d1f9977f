package io.quorum.grid.index;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.money.Price;
import io.quorum.grid.slots.GridWatch;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The grids the {@link TickIndex} holds, by the number it gives each: per number, in arrays, its bot, its symbol's
 * lists, the watch last put (for its trigger, stop-loss and take-profit), each slot's sell price as a key (converted
 * once, when the grid is put), which slots wait (a bit per slot), and the lookup that last found it. A slot that
 * starts or stops waiting is then a bit and one entry of a price list — no hash lookup, no price conversion, no
 * allocation. A lookup reports each grid once without a hash set. Numbers of removed grids are reused.
 * Not thread-safe; the index guards it.
 */
final class Watchers implements IntConsumer {

    private BotId[] bots = new BotId[64];
    private long[] foundBy = new long[64];
    private TickIndex.SymbolIndex[] symbols = new TickIndex.SymbolIndex[64];
    private GridWatch[] watches = new GridWatch[64];
    private long[][] keys = new long[64][];
    private long[][] waiting = new long[64][];
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
                keys = Arrays.copyOf(keys, size);
                waiting = Arrays.copyOf(waiting, size);
            }
        }
        bots[number] = bot;
        foundBy[number] = 0;
        symbols[number] = symbol;
        watches[number] = watch;
        keys[number] = sellKeys;
        waiting[number] = new long[(sellKeys.length + 63) >>> 6];
        return number;
    }

    void release(int number) {
        bots[number] = null;
        symbols[number] = null;
        watches[number] = null;
        keys[number] = null;
        waiting[number] = null;
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

    long[] keys(int number) {
        return keys[number];
    }

    /** Marks the slot waiting; false, changing nothing, when it already did. Adds its key to the crossings. */
    boolean watch(int number, int slot) {
        long[] bits = waiting[number];
        long key = keys[number][slot]; // an unknown slot throws before anything changes
        long bit = 1L << slot;
        int word = slot >>> 6;
        if ((bits[word] & bit) != 0) {
            return false;
        }
        bits[word] |= bit;
        symbols[number].crossings.add(key, number);
        return true;
    }

    /** Marks the slot not waiting; false, changing nothing, when it did not wait. Removes its key from the crossings. */
    boolean unwatch(int number, int slot) {
        long[] bits = waiting[number];
        long key = keys[number][slot];
        long bit = 1L << slot;
        int word = slot >>> 6;
        if ((bits[word] & bit) == 0) {
            return false;
        }
        bits[word] &= ~bit;
        symbols[number].crossings.remove(key, number);
        return true;
    }

    boolean waits(int number, int slot) {
        return (waiting[number][slot >>> 6] & (1L << slot)) != 0;
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

    /** This lookup's answer: nothing allocated when it found nothing, else one copy at its exact size. */
    List<BotId> bots() {
        return foundCount == 0 ? List.of() : Arrays.asList(Arrays.copyOf(found, foundCount));
    }
}
