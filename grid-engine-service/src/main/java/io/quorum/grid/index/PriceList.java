package io.quorum.grid.index;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Watchers, by number, sorted by the price keys they wait for (several may share a key), then by number, as a
 * two-level sorted array: blocks of up to {@value #BLOCK} entries, each with its keys and watcher numbers in
 * primitive arrays side by side, and the first entry of every block in two more arrays, so reading a range touches
 * no object. Finding an entry is two binary searches, even among many watchers of one key; adding or removing an
 * entry shifts at most a block; a range is read by walking arrays in order. A full block
 * splits in two, an emptied one goes, so the block index changes only once per many entries.
 *
 * <p>Changes may also be staged ({@link #stageAdd}, {@link #stageRemove}: an append, nothing searched or shifted)
 * and are then applied together at the list's next use, as if each had been made at once: sorted, netted (an
 * entry added and removed again cancels out), and merged into each block they land in with one pass over it,
 * instead of two binary searches and a shift each. A tick's slot changes are a few dozen entries in a few blocks.
 */
final class PriceList {

    static final int BLOCK = 64;
    /** Staged changes beyond this many are applied one by one (a rebuild), not sorted by insertion. */
    static final int STAGED_SORT_LIMIT = 256;

    private static final class Block {
        final long[] keys = new long[BLOCK];
        final int[] values = new int[BLOCK];
        int size;
    }

    private long[] firstKeys = new long[8];
    private int[] firstValues = new int[8];
    private Block[] blocks = new Block[8];
    private int count;
    /**
     * The block the last add or remove went to: the entries a tick changes lie close together (its crossings, and
     * the sells of the buys it filled), so the next one usually lands in the same block or a neighbour, found by
     * comparing with two or three first entries instead of a binary search over every block. Only a hint: any value
     * is checked before it is used.
     */
    private int finger;

    /** Staged changes in the order staged: entry (key, value), and +1 (add) or -1 (remove). */
    private long[] stagedKeys = new long[16];
    private int[] stagedValues = new int[16];
    private int[] stagedCounts = new int[16];
    private int stagedCount;
    /** Scratch of {@link #applyStaged}: the staged changes' order, and a rewritten block. */
    private int[] order = new int[16];
    private long[] netKeys = new long[16];
    private int[] netValues = new int[16];
    private int[] netCounts = new int[16];
    private long[] mergedKeys = new long[2 * BLOCK];
    private int[] mergedValues = new int[2 * BLOCK];

    /** Stages the addition of entry (key, value); see {@link #applyStaged}. */
    void stageAdd(long key, int value) {
        stage(key, value, 1);
    }

    /** Stages the removal of entry (key, value), which must be in the list once what is staged before is applied. */
    void stageRemove(long key, int value) {
        stage(key, value, -1);
    }

    private void stage(long key, int value, int change) {
        if (stagedCount == stagedKeys.length) {
            int size = stagedCount * 2;
            stagedKeys = Arrays.copyOf(stagedKeys, size);
            stagedValues = Arrays.copyOf(stagedValues, size);
            stagedCounts = Arrays.copyOf(stagedCounts, size);
        }
        stagedKeys[stagedCount] = key;
        stagedValues[stagedCount] = value;
        stagedCounts[stagedCount] = change;
        stagedCount++;
    }

    /**
     * Applies the staged changes as if each had been made in turn. A large batch (a rebuild) is applied change by
     * change; a small one (a tick's) is sorted by entry, netted per entry, and merged block by block from the last
     * block back, so a block that receives several changes is rewritten once and no block still to come moves.
     */
    private void applyStaged() {
        int n = stagedCount;
        if (n == 0) {
            return;
        }
        stagedCount = 0;
        if (n > STAGED_SORT_LIMIT) {
            for (int i = 0; i < n; i++) {
                if (stagedCounts[i] > 0) {
                    add(stagedKeys[i], stagedValues[i]);
                } else {
                    remove(stagedKeys[i], stagedValues[i]);
                }
            }
            return;
        }
        if (order.length < n) {
            order = new int[Math.max(n, order.length * 2)];
        }
        for (int i = 0; i < n; i++) {
            int j = i - 1;
            while (j >= 0 && below(stagedKeys[i], stagedValues[i], stagedKeys[order[j]], stagedValues[order[j]])) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = i;
        }
        // netted: one change per entry, in sorted order
        if (netKeys.length < n) {
            int size = Math.max(n, netKeys.length * 2);
            netKeys = new long[size];
            netValues = new int[size];
            netCounts = new int[size];
        }
        long[] keys = netKeys;
        int[] values = netValues;
        int[] counts = netCounts;
        int m = 0;
        for (int p = 0; p < n; p++) {
            int i = order[p];
            if (m > 0 && keys[m - 1] == stagedKeys[i] && values[m - 1] == stagedValues[i]) {
                counts[m - 1] += stagedCounts[i];
            } else {
                keys[m] = stagedKeys[i];
                values[m] = stagedValues[i];
                counts[m] = stagedCounts[i];
                m++;
            }
        }
        int end = m;
        while (end > 0) {
            while (end > 0 && counts[end - 1] == 0) {
                end--;
            }
            if (end == 0) {
                break;
            }
            if (count == 0) {
                insertBlock(0, new Block());
            }
            int b = blockOf(keys[end - 1], values[end - 1]);
            int start = end - 1;
            if (b == 0) {
                start = 0;
            } else {
                while (start > 0 && atOrBelow(firstKeys[b], firstValues[b], keys[start - 1], values[start - 1])) {
                    start--;
                }
            }
            rewrite(b, keys, values, counts, start, end);
            end = start;
        }
    }

    /**
     * Rewrites block {@code b} with the netted changes {@code start} to {@code end}, which belong in it: additions
     * merged in, removals taken out. A copy of a removed entry that is not in this block lies in the one before (a
     * run of equal entries across two blocks) and is removed from there afterwards.
     */
    private void rewrite(int b, long[] keys, int[] values, int[] counts, int start, int end) {
        Block block = blocks[b];
        int room = block.size;
        for (int p = start; p < end; p++) {
            room += Math.max(0, counts[p]);
        }
        if (mergedKeys.length < room) {
            mergedKeys = new long[Math.max(room, mergedKeys.length * 2)];
            mergedValues = new int[mergedKeys.length];
        }
        int old = 0;
        int w = 0;
        int leftOver = 0;
        for (int p = start; p < end; p++) {
            long key = keys[p];
            int value = values[p];
            while (old < block.size && below(block.keys[old], block.values[old], key, value)) {
                mergedKeys[w] = block.keys[old];
                mergedValues[w++] = block.values[old++];
            }
            int change = counts[p];
            for (; change > 0; change--) {
                mergedKeys[w] = key;
                mergedValues[w++] = value;
            }
            for (; change < 0 && old < block.size && block.keys[old] == key && block.values[old] == value; change++) {
                old++;
            }
            counts[p] = change; // what is left to remove elsewhere: 0 unless the run began in the block before
            leftOver |= change;
        }
        while (old < block.size) {
            mergedKeys[w] = block.keys[old];
            mergedValues[w++] = block.values[old++];
        }
        if (w == 0) {
            block.size = 0;
            removeBlock(b);
        } else if (w <= BLOCK) {
            System.arraycopy(mergedKeys, 0, block.keys, 0, w);
            System.arraycopy(mergedValues, 0, block.values, 0, w);
            block.size = w;
            firstKeys[b] = block.keys[0];
            firstValues[b] = block.values[0];
        } else {
            int parts = (w + BLOCK * 3 / 4 - 1) / (BLOCK * 3 / 4);
            int from = 0;
            for (int part = 0; part < parts; part++) {
                int to = (int) ((long) w * (part + 1) / parts);
                Block into = part == 0 ? block : new Block();
                System.arraycopy(mergedKeys, from, into.keys, 0, to - from);
                System.arraycopy(mergedValues, from, into.values, 0, to - from);
                into.size = to - from;
                if (part == 0) {
                    firstKeys[b] = into.keys[0];
                    firstValues[b] = into.values[0];
                } else {
                    insertBlock(b + part, into);
                    firstKeys[b + part] = into.keys[0];
                    firstValues[b + part] = into.values[0];
                }
                from = to;
            }
        }
        if (leftOver != 0) {
            for (int p = start; p < end; p++) {
                for (; counts[p] < 0; counts[p]++) {
                    remove(keys[p], values[p]);
                }
            }
        }
    }

    /** Whether entry (key, value) comes before (otherKey, otherValue). */
    private static boolean below(long key, int value, long otherKey, int otherValue) {
        return key < otherKey || (key == otherKey && value < otherValue);
    }

    void add(long key, int value) {
        applyStaged();
        if (count == 0) {
            insertBlock(0, new Block());
        }
        int b = blockOf(key, value);
        Block block = blocks[b];
        int at = firstAbove(block, key, value);
        if (block.size == BLOCK) {
            split(b);
            if (at > BLOCK / 2) {
                b++;
                at -= BLOCK / 2;
            }
            block = blocks[b];
        }
        System.arraycopy(block.keys, at, block.keys, at + 1, block.size - at);
        System.arraycopy(block.values, at, block.values, at + 1, block.size - at);
        block.keys[at] = key;
        block.values[at] = value;
        block.size++;
        firstKeys[b] = block.keys[0];
        firstValues[b] = block.values[0];
    }

    /** Removes the entry of {@code value} at {@code key}; false when there is none. Two binary searches, no scan. */
    boolean remove(long key, int value) {
        applyStaged();
        if (count == 0) {
            return false;
        }
        int b = blockOf(key, value);
        Block block = blocks[b];
        int i = firstAtOrAbove(block, key, value);
        if (i < block.size && block.keys[i] == key && block.values[i] == value) {
            removeAt(b, i);
            return true;
        }
        return false;
    }

    /** Visits the entries with {@code low < key <= high}, in key order. */
    void forEachIn(long low, long high, IntConsumer visit) {
        applyStaged();
        if (count == 0 || high <= low) {
            return;
        }
        for (int b = lastBlockStartingAtOrBelow(low); b < count; b++) {
            Block block = blocks[b];
            for (int i = firstAbove(block, low); i < block.size; i++) {
                if (block.keys[i] > high) {
                    return;
                }
                visit.accept(block.values[i]);
            }
        }
    }

    /** How many entries have {@code low < key <= high}: what {@link #forEachIn} visits, counted by block. */
    int countIn(long low, long high) {
        applyStaged();
        if (count == 0 || high <= low) {
            return 0;
        }
        int found = 0;
        int b = lastBlockStartingAtOrBelow(low);
        int from = firstAbove(blocks[b], low);
        for (; b < count; b++, from = 0) {
            Block block = blocks[b];
            if (block.keys[block.size - 1] > high) {
                return found + Math.max(0, firstAbove(block, high) - from);
            }
            found += block.size - from;
        }
        return found;
    }

    /** Visits every entry in key order. */
    void forEach(Entry visit) {
        applyStaged();
        for (int b = 0; b < count; b++) {
            Block block = blocks[b];
            for (int i = 0; i < block.size; i++) {
                visit.accept(block.keys[i], block.values[i]);
            }
        }
    }

    @FunctionalInterface
    interface Entry {
        void accept(long key, int value);
    }

    boolean isEmpty() {
        applyStaged();
        return count == 0;
    }

    int size() {
        applyStaged();
        int size = 0;
        for (int b = 0; b < count; b++) {
            size += blocks[b].size;
        }
        return size;
    }

    private void removeAt(int b, int i) {
        Block block = blocks[b];
        System.arraycopy(block.keys, i + 1, block.keys, i, block.size - i - 1);
        System.arraycopy(block.values, i + 1, block.values, i, block.size - i - 1);
        block.size--;
        if (block.size == 0) {
            removeBlock(b);
        } else {
            firstKeys[b] = block.keys[0];
            firstValues[b] = block.values[0];
        }
    }

    private void removeBlock(int b) {
        System.arraycopy(blocks, b + 1, blocks, b, count - b - 1);
        System.arraycopy(firstKeys, b + 1, firstKeys, b, count - b - 1);
        System.arraycopy(firstValues, b + 1, firstValues, b, count - b - 1);
        blocks[--count] = null;
    }

    /** The last block whose first key is at or below {@code key}; the first block when none is. */
    private int lastBlockStartingAtOrBelow(long key) {
        int low = 0;
        int high = count - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (firstKeys[mid] <= key) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /**
     * {@link #lastBlockStartingAtOrBelow(long, int)}, tried first at the {@link #finger} and the blocks beside it;
     * the answer becomes the finger. The list is not empty.
     */
    private int blockOf(long key, int value) {
        int b = Math.min(finger, count - 1);
        if (atOrBelow(firstKeys[b], firstValues[b], key, value)) {
            int last = Math.min(count - 1, b + 2);
            while (b < last && atOrBelow(firstKeys[b + 1], firstValues[b + 1], key, value)) {
                b++;
            }
            if (b == count - 1 || !atOrBelow(firstKeys[b + 1], firstValues[b + 1], key, value)) {
                return finger = b;
            }
        } else if (b == 0) {
            return 0;
        } else if (atOrBelow(firstKeys[b - 1], firstValues[b - 1], key, value)) {
            return finger = b - 1;
        }
        return finger = lastBlockStartingAtOrBelow(key, value);
    }

    /** The last block whose first entry is at or below (key, value); the first block when none is. */
    private int lastBlockStartingAtOrBelow(long key, int value) {
        int low = 0;
        int high = count - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (atOrBelow(firstKeys[mid], firstValues[mid], key, value)) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** Entries are ordered by key, then by value, so an entry is found by binary search among many at one key. */
    private static boolean atOrBelow(long key, int value, long otherKey, int otherValue) {
        return key < otherKey || (key == otherKey && value <= otherValue);
    }

    private static int firstAbove(Block block, long key) {
        int low = 0;
        int high = block.size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (block.keys[mid] <= key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The first entry above (key, value). */
    private static int firstAbove(Block block, long key, int value) {
        int low = 0;
        int high = block.size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (atOrBelow(block.keys[mid], block.values[mid], key, value)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The first entry at or above (key, value). */
    private static int firstAtOrAbove(Block block, long key, int value) {
        int low = 0;
        int high = block.size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            long k = block.keys[mid];
            if (k < key || (k == key && block.values[mid] < value)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private void split(int b) {
        Block lower = blocks[b];
        Block upper = new Block();
        int half = BLOCK / 2;
        System.arraycopy(lower.keys, half, upper.keys, 0, BLOCK - half);
        System.arraycopy(lower.values, half, upper.values, 0, BLOCK - half);
        upper.size = BLOCK - half;
        lower.size = half;
        insertBlock(b + 1, upper);
        firstKeys[b + 1] = upper.keys[0];
        firstValues[b + 1] = upper.values[0];
    }

    private void insertBlock(int at, Block block) {
        if (count == blocks.length) {
            blocks = Arrays.copyOf(blocks, count * 2);
            firstKeys = Arrays.copyOf(firstKeys, count * 2);
            firstValues = Arrays.copyOf(firstValues, count * 2);
        }
        System.arraycopy(blocks, at, blocks, at + 1, count - at);
        System.arraycopy(firstKeys, at, firstKeys, at + 1, count - at);
        System.arraycopy(firstValues, at, firstValues, at + 1, count - at);
        blocks[at] = block;
        count++;
    }
}
