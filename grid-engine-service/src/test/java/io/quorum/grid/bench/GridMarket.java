package io.quorum.grid.bench;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.grid.slots.GridWatch;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

/**
 * The benchmark's grids and ticks, the same every run (fixed seed): {@value #SYMBOLS} symbols of
 * {@value #GRIDS_PER_SYMBOL} grids × {@value #LEVELS} slots, each grid's range around 100.00 (tick 0.01). Slot
 * {@code i} buys at {@code lower + i × step} and sells one step up. A slot <em>waits</em> (is watched at its sell
 * price) while its buy is not resting: as in the engine, a waiting slot whose sell price a tick crosses upward places
 * its buy and stops being watched, and it waits again once a tick falls to its buy (the buy filled).
 *
 * <p>The walk (sized like the recorded BTCUSDT ticks, see {@code TickBenchmarks}) is played once here from the
 * start so that every grid reaches the state it has in every later loop; the second loop's changes are recorded per
 * step — which grids change, and each slot that stops or starts waiting (grid, sell price) — so the measured loops
 * replay them slot by slot, as the engine tells the index, without building anything. The watches the index starts
 * from are built once per grid.
 */
final class GridMarket {

    static final int SYMBOLS = 50;
    static final int GRIDS_PER_SYMBOL = 540;
    static final int LEVELS = 100;
    static final long MARKET_CENTS = 10_000;
    static final int WALK_STEPS = 4096;

    final Symbol[] symbols = new Symbol[SYMBOLS];
    final BotId[][] bots = new BotId[SYMBOLS][GRIDS_PER_SYMBOL];
    final long[][] lower = new long[SYMBOLS][GRIDS_PER_SYMBOL];
    final long[][] step = new long[SYMBOLS][GRIDS_PER_SYMBOL];
    /** Per symbol and grid, each slot's sell and buy price. */
    final Price[][][] sells = new Price[SYMBOLS][GRIDS_PER_SYMBOL][];
    final Price[][][] buys = new Price[SYMBOLS][GRIDS_PER_SYMBOL][];
    /** The walk per symbol, in cents and as prices; tick {@code t} goes from {@code walk[t]} to {@code walk[t + 1]}. */
    final long[][] walkCents = new long[SYMBOLS][];
    final Price[][] walk = new Price[SYMBOLS][];
    /** Which slots wait when the measured loops start, per symbol, grid and slot. */
    final boolean[][][] waiting = new boolean[SYMBOLS][GRIDS_PER_SYMBOL][LEVELS];
    /** Per symbol and walk step: the grids whose watch the step changes. */
    final int[][][] changedGrids = new int[SYMBOLS][][];
    /** Per symbol and walk step, each slot the step changes: its grid, its index, and whether it waits now. */
    final int[][][] slotGrids = new int[SYMBOLS][][];
    final int[][][] slotIndices = new int[SYMBOLS][][];
    final boolean[][][] slotWaits = new boolean[SYMBOLS][][];
    long changes;
    long slotChanges;

    GridMarket() {
        Random random = new Random(42);
        for (int s = 0; s < SYMBOLS; s++) {
            symbols[s] = Symbol.of("SYM" + s + "USDT");
            for (int g = 0; g < GRIDS_PER_SYMBOL; g++) {
                bots[s][g] = BotId.random();
                // range: lower 90.00–95.00, step 0.08–0.12, so the market (100) lies inside every grid
                lower[s][g] = 9000 + random.nextInt(500);
                step[s][g] = 8 + random.nextInt(5);
                sells[s][g] = new Price[LEVELS];
                buys[s][g] = new Price[LEVELS];
                for (int i = 0; i < LEVELS; i++) {
                    buys[s][g][i] = cents(lower[s][g] + i * step[s][g]);
                    sells[s][g][i] = cents(lower[s][g] + (i + 1) * step[s][g]);
                    waiting[s][g][i] = lower[s][g] + i * step[s][g] >= MARKET_CENTS;
                }
            }
            walkCents[s] = walk(random);
            walk[s] = new Price[walkCents[s].length];
            for (int t = 0; t < walk[s].length; t++) {
                walk[s][t] = cents(walkCents[s][t]);
            }
            int steps = walkCents[s].length - 1;
            for (int t = 0; t < steps; t++) {
                play(s, t, null, null);
            }
            changedGrids[s] = new int[steps][];
            slotGrids[s] = new int[steps][];
            slotIndices[s] = new int[steps][];
            slotWaits[s] = new boolean[steps][];
            boolean[][] start = new boolean[GRIDS_PER_SYMBOL][];
            for (int g = 0; g < GRIDS_PER_SYMBOL; g++) {
                start[g] = waiting[s][g].clone();
            }
            for (int t = 0; t < steps; t++) {
                List<Integer> changed = new ArrayList<>();
                List<int[]> slots = new ArrayList<>();
                play(s, t, changed, slots);
                changedGrids[s][t] = changed.stream().mapToInt(Integer::intValue).toArray();
                slotGrids[s][t] = new int[slots.size()];
                slotIndices[s][t] = new int[slots.size()];
                slotWaits[s][t] = new boolean[slots.size()];
                for (int n = 0; n < slots.size(); n++) {
                    int[] slot = slots.get(n); // grid, slot, waits
                    slotGrids[s][t][n] = slot[0];
                    slotIndices[s][t][n] = slot[1];
                    slotWaits[s][t][n] = slot[2] == 1;
                }
                changes += changed.size();
                slotChanges += slots.size();
            }
            waiting[s] = start; // a loop brings every slot back to this state
        }
    }

    /** The watch of grid {@code g} of symbol {@code s} as its slots wait now. */
    GridWatch watchOf(int s, int g) {
        BitSet waits = new BitSet(LEVELS);
        for (int i = 0; i < LEVELS; i++) {
            if (waiting[s][g][i]) {
                waits.set(i);
            }
        }
        return new GridWatch(bots[s][g], symbols[s], false, null, null, null, List.of(sells[s][g]), waits);
    }

    /** Applies step {@code t} of symbol {@code s}'s walk to the slots (in cents), noting the grids and slots it changes. */
    private void play(int s, int t, List<Integer> changed, List<int[]> slots) {
        long from = walkCents[s][t];
        long to = walkCents[s][t + 1];
        for (int g = 0; g < GRIDS_PER_SYMBOL; g++) {
            boolean change = false;
            long base = lower[s][g];
            long gap = step[s][g];
            if (to > from) { // sells in (from, to]: slot i sells at base + (i + 1) × gap
                for (long n = Math.floorDiv(from - base, gap) + 1; n <= Math.floorDiv(to - base, gap); n++) {
                    int i = (int) n - 1;
                    if (i >= 0 && i < LEVELS && waiting[s][g][i]) {
                        waiting[s][g][i] = false;
                        change = true;
                        if (slots != null) {
                            slots.add(new int[] {g, i, 0});
                        }
                    }
                }
            } else if (to < from) { // buys in [to, from): slot i buys at base + i × gap
                for (long i = Math.ceilDiv(to - base, gap); i < Math.ceilDiv(from - base, gap); i++) {
                    if (i >= 0 && i < LEVELS && !waiting[s][g][(int) i]) {
                        waiting[s][g][(int) i] = true;
                        change = true;
                        if (slots != null) {
                            slots.add(new int[] {g, (int) i, 1});
                        }
                    }
                }
            }
            if (change && changed != null) {
                changed.add(g);
            }
        }
    }

    /** A walk from 100.00 out and back (so looping it never jumps): 41 % still, else an exponential step of mean 0.033 %. */
    private static long[] walk(Random random) {
        long[] cents = new long[WALK_STEPS * 2 + 1];
        long at = MARKET_CENTS;
        for (int i = 0; i <= WALK_STEPS; i++) {
            cents[i] = at;
            if (random.nextDouble() >= 0.41) {
                at += (random.nextBoolean() ? 1 : -1) * Math.round(-Math.log(1 - random.nextDouble()) * 0.00033 * at);
            }
        }
        for (int i = 1; i <= WALK_STEPS; i++) {
            cents[WALK_STEPS + i] = cents[WALK_STEPS - i];
        }
        return cents;
    }

    private static Price cents(long cents) {
        return Price.of(BigDecimal.valueOf(cents, 2));
    }
}
