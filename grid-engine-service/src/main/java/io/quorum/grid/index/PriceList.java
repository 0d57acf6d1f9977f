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
 */
final class PriceList {

    static final int BLOCK = 64;

    private static final class Block {
        final long[] keys = new long[BLOCK];
        final int[] values = new int[BLOCK];
        int size;
    }

    private long[] firstKeys = new long[8];
    private int[] firstValues = new int[8];
    private Block[] blocks = new Block[8];
    private int count;

    void add(long key, int value) {
        if (count == 0) {
            insertBlock(0, new Block());
        }
        int b = lastBlockStartingAtOrBelow(key, value);
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
        if (count == 0) {
            return false;
        }
        int b = lastBlockStartingAtOrBelow(key, value);
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

    /** Visits every entry in key order. */
    void forEach(Entry visit) {
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
        return count == 0;
    }

    int size() {
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
            System.arraycopy(blocks, b + 1, blocks, b, count - b - 1);
            System.arraycopy(firstKeys, b + 1, firstKeys, b, count - b - 1);
            System.arraycopy(firstValues, b + 1, firstValues, b, count - b - 1);
            blocks[--count] = null;
        } else {
            firstKeys[b] = block.keys[0];
            firstValues[b] = block.values[0];
        }
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
