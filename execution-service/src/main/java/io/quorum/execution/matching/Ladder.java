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

    /** Entries a batch fills a block to, leaving room for later single rests before the block splits. */
    static final int BATCH_FILL = BLOCK * 3 / 4;
    static final int SPARE_BLOCKS = 32;
    static final int BUCKET_LIMIT = 32;
    /** The most staged orders whose room a side keeps between batches. */
    static final int KEPT_SCRATCH = 4096;

    /** Whether a key is the limit's key negated (sells), so that a larger key is a better price on both sides. */
    private final boolean negated;
    private long[] firstKeys = new long[8];
    private Block[] blocks = new Block[8];
    private int count;

    /**
     * Orders staged for {@link #addStaged}, in arrival order, and room for their keys, placement keys and id hashes,
     * read once when the batch is taken in, so the batch reads no order again unless two id hashes match.
     */
    private RestingOrder[] staged = new RestingOrder[16];
    private long[] stagedKeys = new long[16];
    private long[] stagedPlaced = new long[16];
    private int[] stagedIds = new int[16];
    private int stagedCount;
    /**
     * Emptied blocks kept for reuse, at most {@value #SPARE_BLOCKS}: a tick that fills a run of orders empties
     * blocks at one end of a side while the orders it brings back fill new ones at the other end.
     */
    private final Block[] spare = new Block[SPARE_BLOCKS];
    private int spareCount;
    /** Scratch of the batch: the staged entries' order (and the sorts' own), then where each lands. */
    private int[] sorted = new int[16];
    private long[] packed = new long[16];
    private long[] packedScratch = new long[16];
    private final int[] byteCounts = new int[256];
    private int[] bucketStarts = new int[64];
    private int[] sortScratch = new int[16];
    private int[] target = new int[16];
    /** The batch in sorted order (then only the orders that land, each with its block in {@link #target}). */
    private long[] batchKeys = new long[16];
    private long[] batchPlaced = new long[16];
    private int[] batchIds = new int[16];
    private RestingOrder[] batchOrders = new RestingOrder[16];
    /** The blocks a merge fills, before they go into the ladder. */
    private Block[] fresh = new Block[8];

    Ladder(boolean negated) {
        this.negated = negated;
    }

    /** The order's key on this side: its limit as a fixed-point long ({@link PriceKey}), negated for sells. */
    long keyOf(RestingOrder order) {
        return negated ? -order.priceKey : order.priceKey;
    }

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
            insertBlock(0, newBlock());
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

    /**
     * Stages the order to be rested by the next {@link #addStaged}, behind every order resting or staged before it.
     * Only the reference is kept: the order's keys are read when the batch is taken in, in one pass over the batch,
     * so staging an order reads none of its fields (the caller holds the book's lock here, and a read of an order not
     * in cache would stall it and every later call).
     */
    void stage(RestingOrder order) {
        if (stagedCount == staged.length) {
            int size = stagedCount * 2;
            staged = Arrays.copyOf(staged, size);
            stagedKeys = new long[size];
            stagedPlaced = new long[size];
            stagedIds = new int[size];
        }
        staged[stagedCount++] = order;
    }

    boolean hasStaged() {
        return stagedCount != 0;
    }

    /**
     * Rests the staged orders as {@link #add} would one after the other, in the order they were staged, and returns
     * how many it added (an order whose id already rests, or was staged before it, at its key is left out). One
     * order goes through {@link #add}. A batch reads its orders' keys in one pass, is sorted once by key (within a
     * key, the later staged first, as orders at one price are newest first) and laid out in that order; each
     * order's block is found in the unchanged ladder (an order above the best needs no search: it lands in the last
     * block), and then each block that receives orders is merged with them in one pass, from the last such block
     * back, into as many blocks of {@value #BATCH_FILL} entries as it takes: no entry moves more than once, however
     * many land in one block, and a run of batch orders with no resting entry between them is copied as a run. The
     * cost is O(k) for the sort when the keys are spread (O(k log k) at worst), O(k log n) at most for finding the
     * blocks, and the entries of the blocks that receive orders.
     */
    int addStaged() {
        int n = stagedCount;
        if (n == 0) {
            return 0;
        }
        int added;
        if (n == 1) {
            added = add(staged[0], keyOf(staged[0])) ? 1 : 0;
        } else {
            // the one pass that reads the staged orders: independent reads, so the processor overlaps their misses
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (int i = 0; i < n; i++) {
                RestingOrder order = staged[i];
                long key = keyOf(order);
                stagedKeys[i] = key;
                stagedPlaced[i] = order.placedKey;
                stagedIds[i] = order.idHash;
                min = Math.min(min, key);
                max = Math.max(max, key);
            }
            added = addBatch(n, min, max);
        }
        Arrays.fill(staged, 0, n, null);
        stagedCount = 0;
        if (staged.length > KEPT_SCRATCH) {
            releaseScratch(); // a rare large batch (the books rebuilt at start-up) does not keep its room
        }
        return added;
    }

    private void releaseScratch() {
        staged = new RestingOrder[16];
        stagedKeys = new long[16];
        stagedPlaced = new long[16];
        stagedIds = new int[16];
        sorted = new int[16];
        sortScratch = new int[16];
        target = new int[16];
        batchKeys = new long[16];
        batchPlaced = new long[16];
        batchIds = new int[16];
        batchOrders = new RestingOrder[16];
        packed = new long[16];
        packedScratch = new long[16];
        bucketStarts = new int[64];
    }

    private int addBatch(int n, long min, long max) {
        if (sorted.length < n) {
            int size = Math.max(n, sorted.length * 2);
            sorted = new int[size];
            sortScratch = new int[size];
            target = new int[size];
            batchKeys = new long[size];
            batchPlaced = new long[size];
            batchIds = new int[size];
            batchOrders = new RestingOrder[size];
        }
        sortStaged(n, min, max);
        // the batch in sorted order, side by side, so the steps below read it front to back
        for (int p = 0; p < n; p++) {
            int i = sorted[p];
            batchKeys[p] = stagedKeys[i];
            batchPlaced[p] = stagedPlaced[i];
            batchIds[p] = stagedIds[i];
            batchOrders[p] = staged[i];
        }
        long lastKey = bestKey();
        if (count == 0) {
            insertBlock(0, newBlock());
        }
        // where each order lands, in the ladder as it is; those that land are moved to the front, in order, and
        // one already resting or staged before it at its key is left out
        int kept = 0;
        for (int p = 0; p < n; p++) {
            long key = batchKeys[p];
            if (stagedBefore(p, n)) {
                continue;
            }
            int b;
            if (key > lastKey) {
                b = count - 1; // beyond the best: the end of the last block, nothing there to find
            } else {
                b = blockBefore(key);
                if (find(b, lowerBound(blocks[b], key), key, batchOrders[p]) >= 0) {
                    continue;
                }
            }
            if (kept != p) {
                batchKeys[kept] = key;
                batchPlaced[kept] = batchPlaced[p];
                batchIds[kept] = batchIds[p];
                batchOrders[kept] = batchOrders[p];
            }
            target[kept] = b;
            kept++;
        }
        // merge block by block, the last first, so the blocks a merge inserts never move a block still to come
        int end = kept;
        while (end > 0) {
            int b = target[end - 1];
            int start = end - 1;
            while (start > 0 && target[start - 1] == b) {
                start--;
            }
            mergeInto(b, start, end);
            end = start;
        }
        Arrays.fill(batchOrders, 0, n, null);
        return kept;
    }

    /**
     * Whether the order at batch position {@code p} has an equal id at its key among those staged before it: they
     * follow it in the sorted batch, in the same run of keys (not yet moved, as moving only writes below {@code p}).
     */
    private boolean stagedBefore(int p, int n) {
        long key = batchKeys[p];
        for (int q = p + 1; q < n && batchKeys[q] == key; q++) {
            if (batchIds[q] == batchIds[p] && batchOrders[q].clientOrderId().equals(batchOrders[p].clientOrderId())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Merges block {@code b} with the batch's orders at positions {@code start} to {@code end}, which all land in
     * it: a batch order goes before the entries at its key already there (it is newer).
     */
    private void mergeInto(int b, int start, int end) {
        Block block = blocks[b];
        int total = block.size + end - start;
        if (total <= BLOCK) {
            // in place, from the top down: only the entries above the lowest batch order move, each once
            int old = block.size - 1;
            int w = total - 1;
            for (int p = end - 1; p >= start; w--) {
                if (old >= 0 && block.keys[old] >= batchKeys[p]) {
                    moveEntry(block, old--, block, w);
                } else {
                    takeEntry(p--, block, w);
                }
            }
            block.size = total;
            firstKeys[b] = block.keys[0];
            return;
        }
        // into fresh blocks, spread evenly over the fewest of at most BATCH_FILL entries; the old block goes spare
        int parts = (total + BATCH_FILL - 1) / BATCH_FILL;
        if (fresh.length < parts) {
            fresh = new Block[Math.max(parts, fresh.length * 2)];
        }
        int old = 0;
        int p = start;
        int written = 0;
        for (int part = 0; part < parts; part++) {
            Block into = newBlock();
            int size = (int) ((long) total * (part + 1) / parts) - written;
            int w = 0;
            while (w < size) {
                if (old == block.size) { // the rest of this block from the batch, in one copy per array
                    int copied = size - w;
                    System.arraycopy(batchKeys, p, into.keys, w, copied);
                    System.arraycopy(batchPlaced, p, into.placed, w, copied);
                    System.arraycopy(batchIds, p, into.ids, w, copied);
                    System.arraycopy(batchOrders, p, into.orders, w, copied);
                    p += copied;
                    w = size;
                } else if (p < end && batchKeys[p] <= block.keys[old]) {
                    takeEntry(p++, into, w++);
                } else {
                    moveEntry(block, old++, into, w++);
                }
            }
            into.size = size;
            written += size;
            fresh[part] = into;
        }
        Arrays.fill(block.orders, 0, block.size, null);
        block.size = 0;
        if (spareCount < SPARE_BLOCKS) {
            spare[spareCount++] = block;
        }
        blocks[b] = fresh[0];
        firstKeys[b] = fresh[0].keys[0];
        insertBlocks(b + 1, fresh, parts - 1);
        Arrays.fill(fresh, 0, parts, null);
    }

    private void takeEntry(int p, Block into, int w) {
        into.keys[w] = batchKeys[p];
        into.placed[w] = batchPlaced[p];
        into.ids[w] = batchIds[p];
        into.orders[w] = batchOrders[p];
    }

    private static void moveEntry(Block from, int r, Block into, int w) {
        into.keys[w] = from.keys[r];
        into.placed[w] = from.placed[r];
        into.ids[w] = from.ids[r];
        into.orders[w] = from.orders[r];
    }

    /**
     * Sorts the staged orders' positions into {@link #sorted} by key, and within a key the later staged first (a
     * total order, as each position is distinct), given the batch's least and greatest key: a bucket sort when the
     * keys are spread, a radix sort of packed keys when they bunch, a merge sort when they span too much to pack.
     */
    private void sortStaged(int n, long min, long max) {
        int positionBits = 64 - Long.numberOfLeadingZeros(n - 1);
        long span = max - min; // overflows to negative only when the keys span more than 2^63
        if (span >= 0 && 64 - Long.numberOfLeadingZeros(span) + positionBits <= 62) {
            if (!bucketSortStaged(n, min, 64 - Long.numberOfLeadingZeros(span), positionBits)) {
                radixSortStaged(n, min, positionBits);
            }
        } else {
            mergeSortStaged(n);
        }
    }

    /**
     * The usual case, keys spread evenly enough: each position packed with its key's offset as for
     * {@link #radixSortStaged}, then dealt into about as many buckets as there are orders by the offset's leading
     * bits, each bucket sorted by insertion: O(k) for keys spread over their span, as a tick's next orders are.
     * False, with nothing sorted, when a bucket gets over {@value #BUCKET_LIMIT} orders (keys bunched together).
     */
    private boolean bucketSortStaged(int n, long min, int spanBits, int positionBits) {
        int bucketBits = 32 - Integer.numberOfLeadingZeros(n - 1);
        int shift = Math.max(0, spanBits - bucketBits) + positionBits;
        int buckets = 1 << bucketBits;
        if (packed.length < n) {
            int size = Math.max(n, packed.length * 2);
            packed = new long[size];
            packedScratch = new long[size];
        }
        if (bucketStarts.length < buckets + 1) {
            bucketStarts = new int[Math.max(buckets + 1, bucketStarts.length * 2)];
        }
        int[] starts = bucketStarts;
        Arrays.fill(starts, 0, buckets + 1, 0);
        long[] values = packed;
        for (int i = 0; i < n; i++) {
            long value = (stagedKeys[i] - min) << positionBits | (n - 1 - i);
            values[i] = value;
            if (++starts[(int) (value >>> shift) + 1] > BUCKET_LIMIT) {
                return false;
            }
        }
        for (int d = 0; d < buckets; d++) {
            starts[d + 1] += starts[d];
        }
        long[] dealt = packedScratch;
        for (int i = 0; i < n; i++) {
            long value = values[i];
            dealt[starts[(int) (value >>> shift)]++] = value; // starts[d] ends as the start of bucket d + 1
        }
        int from = 0;
        for (int d = 0; d < buckets; d++) {
            int to = starts[d];
            for (int i = from + 1; i < to; i++) {
                long value = dealt[i];
                int j = i - 1;
                while (j >= from && dealt[j] > value) {
                    dealt[j + 1] = dealt[j];
                    j--;
                }
                dealt[j + 1] = value;
            }
            from = to;
        }
        long mask = (1L << positionBits) - 1;
        for (int i = 0; i < n; i++) {
            sorted[i] = n - 1 - (int) (dealt[i] & mask);
        }
        return true;
    }

    /**
     * Each position packed with its key's offset from the batch's least key into one non-negative
     * long — offset, then the position counted from the end, so a later staged order sorts first at one key — and
     * the longs sorted by their bytes, least significant first, only as many bytes as the largest holds: a few
     * passes of counting, no comparison to mispredict.
     */
    private void radixSortStaged(int n, long min, int positionBits) {
        if (packed.length < n) {
            int size = Math.max(n, packed.length * 2);
            packed = new long[size];
            packedScratch = new long[size];
        }
        long[] from = packed;
        long[] to = packedScratch;
        long all = 0;
        for (int i = 0; i < n; i++) {
            long value = (stagedKeys[i] - min) << positionBits | (n - 1 - i);
            from[i] = value;
            all |= value;
        }
        int[] counts = byteCounts;
        for (int shift = 0; shift < 64 && all >>> shift != 0; shift += 8) {
            Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) {
                counts[(int) (from[i] >>> shift) & 0xFF]++;
            }
            int sum = 0;
            for (int d = 0; d < 256; d++) {
                int c = counts[d];
                counts[d] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                long value = from[i];
                to[counts[(int) (value >>> shift) & 0xFF]++] = value;
            }
            long[] swap = from;
            from = to;
            to = swap;
        }
        long mask = (1L << positionBits) - 1;
        for (int i = 0; i < n; i++) {
            sorted[i] = n - 1 - (int) (from[i] & mask);
        }
    }

    /** Keys too far apart to pack: a merge sort of the positions, comparing keys, then positions. */
    private void mergeSortStaged(int n) {
        for (int i = 0; i < n; i++) {
            sorted[i] = i;
        }
        final int run = 32;
        for (int lo = 0; lo < n; lo += run) {
            int hi = Math.min(n, lo + run);
            for (int i = lo + 1; i < hi; i++) {
                int x = sorted[i];
                int j = i - 1;
                while (j >= lo && stagedAfter(sorted[j], x)) {
                    sorted[j + 1] = sorted[j];
                    j--;
                }
                sorted[j + 1] = x;
            }
        }
        int[] from = sorted;
        int[] to = sortScratch;
        for (int width = run; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(n, lo + width);
                int hi = Math.min(n, lo + 2 * width);
                if (mid == hi || !stagedAfter(from[mid - 1], from[mid])) {
                    System.arraycopy(from, lo, to, lo, hi - lo);
                    continue;
                }
                int a = lo;
                int c = mid;
                for (int w = lo; w < hi; w++) {
                    if (c == hi || a < mid && !stagedAfter(from[a], from[c])) {
                        to[w] = from[a++];
                    } else {
                        to[w] = from[c++];
                    }
                }
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        if (from != sorted) {
            System.arraycopy(from, 0, sorted, 0, n);
        }
    }

    /** Whether staged order {@code a} sorts after {@code b}: a larger key, or the same key and staged earlier. */
    private boolean stagedAfter(int a, int b) {
        long ka = stagedKeys[a];
        long kb = stagedKeys[b];
        return ka > kb || ka == kb && a < b;
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
     * Takes out, from the best end, the entries that are {@code orders.get(from)}, {@code orders.get(from + 1)}, …
     * (the same objects), one after the other, until one is not; how many it took out. Reads no order: the common
     * removal of a tick's fills, which are the best entries in the order the tick listed them.
     */
    int removeBestRun(List<RestingOrder> orders, int from) {
        int n = orders.size();
        int taken = 0;
        while (count > 0 && from + taken < n) {
            Block last = blocks[count - 1];
            int at = last.size - 1;
            while (at >= 0 && from + taken < n && last.orders[at] == orders.get(from + taken)) {
                last.orders[at] = null;
                at--;
                taken++;
            }
            last.size = at + 1;
            if (at >= 0) {
                break;
            }
            removeBlock(count - 1);
        }
        return taken;
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

    /** How many orders are keyed at or above {@code bound}: the suffix {@link #collectFrom} reads, counted. */
    int countFrom(long bound) {
        int found = 0;
        for (int b = count - 1; b >= 0; b--) {
            Block block = blocks[b];
            if (block.keys[0] >= bound) {
                found += block.size; // the whole block
                continue;
            }
            for (int i = block.size - 1; i >= 0 && block.keys[i] >= bound; i--) {
                found++;
            }
            return found;
        }
        return found;
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
        Block upper = newBlock();
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

    /** Inserts {@code added[1]} to {@code added[m]} at {@code at}. */
    private void insertBlocks(int at, Block[] added, int m) {
        if (m == 0) {
            return;
        }
        if (count + m > blocks.length) {
            int size = Math.max(count + m, count * 2);
            blocks = Arrays.copyOf(blocks, size);
            firstKeys = Arrays.copyOf(firstKeys, size);
        }
        System.arraycopy(blocks, at, blocks, at + m, count - at);
        System.arraycopy(firstKeys, at, firstKeys, at + m, count - at);
        for (int i = 0; i < m; i++) {
            blocks[at + i] = added[1 + i];
            firstKeys[at + i] = added[1 + i].keys[0];
        }
        count += m;
    }

    private Block newBlock() {
        return spareCount > 0 ? spare[--spareCount] : new Block();
    }

    private void removeBlock(int at) {
        Block gone = blocks[at];
        if (gone.size == 0 && spareCount < SPARE_BLOCKS) {
            spare[spareCount++] = gone; // emptied entry by entry, so it holds no order any more
        }
        System.arraycopy(blocks, at + 1, blocks, at, count - at - 1);
        System.arraycopy(firstKeys, at + 1, firstKeys, at, count - at - 1);
        blocks[--count] = null;
    }
}
