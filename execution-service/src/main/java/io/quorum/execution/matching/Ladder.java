package io.quorum.execution.matching;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The price levels of one side of a book, ordered by rank (smaller is better), as a two-level sorted array:
 * blocks of up to {@value #BLOCK} levels, each with its ranks in a primitive array, and the first rank of
 * every block in one more array. Finding a level is two binary searches over longs, adding or removing one
 * shifts at most a block, and visiting the best levels walks arrays in order — a few contiguous cache lines
 * where a tree would chase a pointer and a boxed key per node. A full block splits in two; an emptied block
 * goes and a small one merges into its neighbour, so the block index changes only once per many levels.
 */
final class Ladder {

    static final int BLOCK = 64;

    private static final class Block {
        final long[] ranks = new long[BLOCK];
        final PriceLevel[] levels = new PriceLevel[BLOCK];
        int size;
    }

    private long[] firstRanks = new long[8];
    private Block[] blocks = new Block[8];
    private int count;

    /** The best level, null when the side is empty. */
    PriceLevel best() {
        return count == 0 ? null : blocks[0].levels[0];
    }

    /** The level at {@code rank}, null when there is none. */
    PriceLevel find(long rank) {
        if (count == 0) {
            return null;
        }
        Block block = blocks[blockFor(rank)];
        int found = Arrays.binarySearch(block.ranks, 0, block.size, rank);
        return found >= 0 ? block.levels[found] : null;
    }

    /** The level at {@code rank}, created (with {@code price}) if there is none yet. */
    PriceLevel levelAt(long rank, BigDecimal price) {
        if (count == 0) {
            insertBlock(0, new Block());
        }
        int b = blockFor(rank);
        Block block = blocks[b];
        int found = Arrays.binarySearch(block.ranks, 0, block.size, rank);
        if (found >= 0) {
            return block.levels[found];
        }
        int at = -found - 1;
        if (block.size == BLOCK) {
            split(b);
            if (at > BLOCK / 2) {
                b++;
                at -= BLOCK / 2;
            }
            block = blocks[b];
        }
        System.arraycopy(block.ranks, at, block.ranks, at + 1, block.size - at);
        System.arraycopy(block.levels, at, block.levels, at + 1, block.size - at);
        PriceLevel level = new PriceLevel(rank, price);
        block.ranks[at] = rank;
        block.levels[at] = level;
        block.size++;
        firstRanks[b] = block.ranks[0];
        return level;
    }

    /** Forgets an empty level. */
    void remove(PriceLevel level) {
        int b = blockFor(level.rank);
        Block block = blocks[b];
        int at = Arrays.binarySearch(block.ranks, 0, block.size, level.rank);
        System.arraycopy(block.ranks, at + 1, block.ranks, at, block.size - at - 1);
        System.arraycopy(block.levels, at + 1, block.levels, at, block.size - at - 1);
        block.levels[--block.size] = null;
        if (block.size == 0) {
            removeBlock(b);
            return;
        }
        firstRanks[b] = block.ranks[0];
        if (block.size < BLOCK / 4 && b + 1 < count && block.size + blocks[b + 1].size <= BLOCK / 2) {
            Block next = blocks[b + 1];
            System.arraycopy(next.ranks, 0, block.ranks, block.size, next.size);
            System.arraycopy(next.levels, 0, block.levels, block.size, next.size);
            block.size += next.size;
            removeBlock(b + 1);
        }
    }

    /** Visits the levels ranked at or better than {@code bound}, best first. */
    void forEachUpTo(long bound, Consumer<PriceLevel> visit) {
        for (int b = 0; b < count; b++) {
            Block block = blocks[b];
            for (int i = 0; i < block.size; i++) {
                if (block.ranks[i] > bound) {
                    return;
                }
                visit.accept(block.levels[i]);
            }
        }
    }

    /** The last block whose first rank is at or below {@code rank}; the first block when none is. */
    private int blockFor(long rank) {
        int low = 0;
        int high = count - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (firstRanks[mid] <= rank) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private void split(int b) {
        Block lower = blocks[b];
        Block upper = new Block();
        int half = BLOCK / 2;
        System.arraycopy(lower.ranks, half, upper.ranks, 0, BLOCK - half);
        System.arraycopy(lower.levels, half, upper.levels, 0, BLOCK - half);
        Arrays.fill(lower.levels, half, BLOCK, null);
        upper.size = BLOCK - half;
        lower.size = half;
        insertBlock(b + 1, upper);
        firstRanks[b + 1] = upper.ranks[0];
    }

    private void insertBlock(int at, Block block) {
        if (count == blocks.length) {
            blocks = Arrays.copyOf(blocks, count * 2);
            firstRanks = Arrays.copyOf(firstRanks, count * 2);
        }
        System.arraycopy(blocks, at, blocks, at + 1, count - at);
        System.arraycopy(firstRanks, at, firstRanks, at + 1, count - at);
        blocks[at] = block;
        count++;
    }

    private void removeBlock(int at) {
        System.arraycopy(blocks, at + 1, blocks, at, count - at - 1);
        System.arraycopy(firstRanks, at + 1, firstRanks, at, count - at - 1);
        blocks[--count] = null;
    }
}
