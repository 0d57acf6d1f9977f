package io.quorum.execution.matching;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The orders of one side of a book in parallel primitive arrays, sorted by a long key where larger is better (see
 * {@link BookSide}), the best order last; orders at one price newest first, so walking back from the end meets the
 * best price first and, within a price, the oldest order first. Two-level: blocks of up to {@value #BLOCK} orders,
 * each holding keys, placement times and the orders themselves side by side, and the first key of every block in
 * one more array. A tick reads only the suffix it crosses — contiguous longs, no object per level or order touched
 * except those it returns. Keeping the best last means filling it shortens the last block without moving anything,
 * and resting an order near the best moves only the few entries above it. A full block splits in two; an emptied
 * block goes and a small one merges into its neighbour.
 */
final class Ladder {

    static final int BLOCK = 64;

    private static final class Block {
        final long[] keys = new long[BLOCK];
        final long[] placed = new long[BLOCK];
        final int[] ids = new int[BLOCK];
        final RestingOrder[] orders = new RestingOrder[BLOCK];
        int size;
    }

    private long[] firstKeys = new long[8];
    private Block[] blocks = new Block[8];
    private int count;

    /** The best order's key, Long.MIN_VALUE when the side is empty. */
    long bestKey() {
        if (count == 0) {
            return Long.MIN_VALUE;
        }
        Block last = blocks[count - 1];
        return last.keys[last.size - 1];
    }

    /** Rests the order behind the others at its key; false (and nothing changes) when its id already rests there. */
    boolean add(RestingOrder order, long key) {
        if (count == 0) {
            insertBlock(0, new Block());
        }
        int b = blockBefore(key);
        Block block = blocks[b];
        int at = lowerBound(block, key);
        if (find(b, at, key, order) >= 0) {
            return false;
        }
        if (block.size == BLOCK) {
            split(b);
            if (at > BLOCK / 2) {
                b++;
                at -= BLOCK / 2;
            }
            block = blocks[b];
        }
        int moved = block.size - at;
        System.arraycopy(block.keys, at, block.keys, at + 1, moved);
        System.arraycopy(block.placed, at, block.placed, at + 1, moved);
        System.arraycopy(block.ids, at, block.ids, at + 1, moved);
        System.arraycopy(block.orders, at, block.orders, at + 1, moved);
        block.keys[at] = key;
        block.placed[at] = order.placedKey;
        block.ids[at] = order.idHash;
        block.orders[at] = order;
        block.size++;
        firstKeys[b] = block.keys[0];
        return true;
    }

    /** Takes out the order resting at {@code key} with the order's id; false when there is none. */
    boolean remove(RestingOrder order, long key) {
        if (count == 0) {
            return false;
        }
        int b = blockBefore(key);
        long found = find(b, lowerBound(blocks[b], key), key, order);
        if (found < 0) {
            return false;
        }
        b = (int) (found >>> 32);
        int at = (int) found;
        Block block = blocks[b];
        int moved = block.size - at - 1;
        System.arraycopy(block.keys, at + 1, block.keys, at, moved);
        System.arraycopy(block.placed, at + 1, block.placed, at, moved);
        System.arraycopy(block.ids, at + 1, block.ids, at, moved);
        System.arraycopy(block.orders, at + 1, block.orders, at, moved);
        block.orders[--block.size] = null;
        if (block.size == 0) {
            removeBlock(b);
        } else {
            firstKeys[b] = block.keys[0];
            mergeIfSmall(b);
        }
        return true;
    }

    /**
     * Takes out the best order if it is {@code order} itself (the same object), reading nothing of the order: the
     * common removal, of an order a tick just filled. False, and nothing changes, otherwise.
     */
    boolean removeIfBest(RestingOrder order) {
        if (count == 0) {
            return false;
        }
        Block last = blocks[count - 1];
        int at = last.size - 1;
        if (last.orders[at] != order) {
            return false;
        }
        last.orders[at] = null;
        last.size = at;
        if (at == 0) {
            removeBlock(count - 1);
        }
        return true;
    }

    /**
     * Adds to {@code into} the orders keyed at or above {@code bound} and placed no later than {@code at}, best
     * first, then oldest first. The placement is compared by key; only a tie of clamped keys reads the instants.
     */
    void collectFrom(long bound, Instant at, List<RestingOrder> into) {
        long atKey = EventTimeKey.of(at);
        for (int b = count - 1; b >= 0; b--) {
            Block block = blocks[b];
            for (int i = block.size - 1; i >= 0; i--) {
                if (block.keys[i] < bound) {
                    return;
                }
                long placed = block.placed[i];
                // an order never fills on a trade that happened before it was placed
                if (placed < atKey || placed == atKey && (EventTimeKey.isExact(placed) || !block.orders[i].placedAt().isAfter(at))) {
                    into.add(block.orders[i]);
                }
            }
        }
    }

    /** Every order, best first. */
    void collectAll(List<RestingOrder> into) {
        for (int b = count - 1; b >= 0; b--) {
            Block block = blocks[b];
            for (int i = block.size - 1; i >= 0; i--) {
                into.add(block.orders[i]);
            }
        }
    }

    /** Where the order with this id rests among those keyed {@code key} from block {@code b}, index {@code at}: block << 32 | index, or -1. */
    private long find(int b, int at, long key, RestingOrder order) {
        for (; b < count; b++, at = 0) {
            Block block = blocks[b];
            for (; at < block.size; at++) {
                if (block.keys[at] != key) {
                    return -1;
                }
                RestingOrder there = block.orders[at];
                // the id's hash first, so the orders of others at this price are not read
                if (there == order || block.ids[at] == order.idHash && there.clientOrderId().equals(order.clientOrderId())) {
                    return (long) b << 32 | at;
                }
            }
        }
        return -1;
    }

    /** The last block whose first key is below {@code key} (the first block when none is): orders at {@code key} start there or in the next. */
    private int blockBefore(long key) {
        if (firstKeys[count - 1] < key) {
            return count - 1; // the common case: at or near the best
        }
        int low = 0;
        int high = count - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (firstKeys[mid] < key) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private static int lowerBound(Block block, long key) {
        int found = Arrays.binarySearch(block.keys, 0, block.size, key);
        if (found < 0) {
            return -found - 1;
        }
        while (found > 0 && block.keys[found - 1] == key) {
            found--;
        }
        return found;
    }

    private void split(int b) {
        Block lower = blocks[b];
        Block upper = new Block();
        int half = BLOCK / 2;
        System.arraycopy(lower.keys, half, upper.keys, 0, BLOCK - half);
        System.arraycopy(lower.placed, half, upper.placed, 0, BLOCK - half);
        System.arraycopy(lower.ids, half, upper.ids, 0, BLOCK - half);
        System.arraycopy(lower.orders, half, upper.orders, 0, BLOCK - half);
        Arrays.fill(lower.orders, half, BLOCK, null);
        upper.size = BLOCK - half;
        lower.size = half;
        insertBlock(b + 1, upper);
        firstKeys[b + 1] = upper.keys[0];
    }

    private void mergeIfSmall(int b) {
        Block block = blocks[b];
        if (block.size < BLOCK / 4 && b + 1 < count && block.size + blocks[b + 1].size <= BLOCK / 2) {
            Block next = blocks[b + 1];
            System.arraycopy(next.keys, 0, block.keys, block.size, next.size);
            System.arraycopy(next.placed, 0, block.placed, block.size, next.size);
            System.arraycopy(next.ids, 0, block.ids, block.size, next.size);
            System.arraycopy(next.orders, 0, block.orders, block.size, next.size);
            block.size += next.size;
            removeBlock(b + 1);
        }
    }

    private void insertBlock(int at, Block block) {
        if (count == blocks.length) {
            blocks = Arrays.copyOf(blocks, count * 2);
            firstKeys = Arrays.copyOf(firstKeys, count * 2);
        }
        System.arraycopy(blocks, at, blocks, at + 1, count - at);
        System.arraycopy(firstKeys, at, firstKeys, at + 1, count - at);
        blocks[at] = block;
        count++;
    }

    private void removeBlock(int at) {
        System.arraycopy(blocks, at + 1, blocks, at, count - at - 1);
        System.arraycopy(firstKeys, at + 1, firstKeys, at, count - at - 1);
        blocks[--count] = null;
    }
}
