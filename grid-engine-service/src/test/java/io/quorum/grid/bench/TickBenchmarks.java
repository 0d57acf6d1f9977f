package io.quorum.grid.bench;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.money.Price;
import io.quorum.grid.index.TickIndex;
import io.quorum.grid.slots.GridWatch;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Per-tick work of finding the grids a tick concerns: 27,000 grid bots × 100 levels across 50 symbols (see
 * {@link GridMarket}). {@code index*} ask the {@link TickIndex}; {@code naive*} scan every slot of every grid of the
 * symbol with the same price comparisons, as the engine's SQL did before; {@code allSlots*} are the literal naive
 * baseline of issue 3, every slot of every symbol (2.7 million) in one array, each asked its symbol first
 * ({@link AllSlots}). Each op is one tick of one symbol; the symbols take turns.
 * <ul>
 *   <li>quiet: the price falls by one tick (no level crossed upward);</li>
 *   <li>one level: from one tick below the lowest waiting sell price above 100.00 up to it, so the grids found are
 *       those waiting at exactly that price;</li>
 *   <li>walk: ticks follow a random walk sized like the recorded BTCUSDT ticks (Quorum replays a 1m candle as four
 *       ticks; 41 % of them do not move the price, the others move it by an exponential step of mean 0.033 %, rms
 *       0.036 % — see the execution-service benchmark's {@code GridVenue}), out from 100.00 and back. As in the
 *       engine, a slot found stops being watched and waits again when the price falls to its buy: after the
 *       lookup, each slot the tick changed is unwatched or watched again in the index by grid number and slot index
 *       (what the engine tells the index after committing it), and the scans clear and set the same slots. {@code indexWalkTick} times lookup and
 *       re-indexing, {@code indexWalkLookupTick} the lookup alone (the re-indexing between two lookups is not
 *       timed, except that the index merges a tick's staged changes into its price list at the symbol's next
 *       lookup, which is timed);</li>
 *   <li>sweep: the price jumps from 100.10 to 100.15 through the waiting sell prices of several hundred grids —
 *       far more than any recorded tick; nothing changes afterwards, so every sweep finds the same.</li>
 * </ul>
 * The {@code grids} counter divided by the ticks is k, the grids a tick concerned on average.
 *
 * <p>Run: {@code ./mvnw -q -pl grid-engine-service test-compile exec:exec}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms5g", "-Xmx5g", "-XX:+UseParallelGC"})
public class TickBenchmarks {

    static final Price QUIET_FROM = Price.of("100.00");
    static final Price QUIET_TO = Price.of("99.99");
    static final Price SWEEP_FROM = Price.of("100.10");
    static final Price SWEEP_TO = Price.of("100.15");

    /** The market, and where each symbol's walk stands; ticks visit the symbols in turn. */
    abstract static class Ticks {
        GridMarket market;
        final int[] cursor = new int[GridMarket.SYMBOLS];
        /** Per symbol, one tick below its lowest waiting sell above the market, and that sell. */
        final Price[][] oneLevel = new Price[GridMarket.SYMBOLS][];
        /** Per symbol and grid, the sell prices of the slots waiting at the start, for the scans that change nothing. */
        final Price[][][] waitingSells = new Price[GridMarket.SYMBOLS][GridMarket.GRIDS_PER_SYMBOL][];
        int symbol;

        void build() {
            market = new GridMarket();
            for (int s = 0; s < GridMarket.SYMBOLS; s++) {
                long lowest = Long.MAX_VALUE;
                for (int g = 0; g < GridMarket.GRIDS_PER_SYMBOL; g++) {
                    List<Price> sells = new ArrayList<>();
                    for (int i = 0; i < GridMarket.LEVELS; i++) {
                        long sell = market.lower[s][g] + (i + 1) * market.step[s][g];
                        if (market.waiting[s][g][i]) {
                            sells.add(market.sells[s][g][i]);
                            if (sell > GridMarket.MARKET_CENTS) {
                                lowest = Math.min(lowest, sell);
                            }
                        }
                    }
                    waitingSells[s][g] = sells.toArray(Price[]::new);
                }
                oneLevel[s] = new Price[] {Price.of(BigDecimal.valueOf(lowest - 1, 2)), Price.of(BigDecimal.valueOf(lowest, 2))};
            }
        }

        int nextSymbol() {
            symbol = symbol + 1 == GridMarket.SYMBOLS ? 0 : symbol + 1;
            return symbol;
        }

        /** The index of this symbol's next step in its walk. */
        int step(int s) {
            int at = cursor[s];
            cursor[s] = at + 2 == market.walk[s].length ? 0 : at + 1;
            return at;
        }
    }

    @State(Scope.Benchmark)
    public static class Indexed extends Ticks {
        final TickIndex index = new TickIndex();
        /** Per symbol and grid, its number in the index. */
        final int[][] numbers = new int[GridMarket.SYMBOLS][GridMarket.GRIDS_PER_SYMBOL];

        @Setup(Level.Trial)
        public void setUp() {
            build();
            List<GridWatch> watches = new ArrayList<>();
            for (int s = 0; s < GridMarket.SYMBOLS; s++) {
                for (int g = 0; g < GridMarket.GRIDS_PER_SYMBOL; g++) {
                    watches.add(market.watchOf(s, g));
                }
            }
            index.rebuild(watches);
            numberGrids();
            System.gc();
        }

        void numberGrids() {
            for (int s = 0; s < GridMarket.SYMBOLS; s++) {
                for (int g = 0; g < GridMarket.GRIDS_PER_SYMBOL; g++) {
                    numbers[s][g] = index.number(market.bots[s][g]);
                }
            }
        }
    }

    /**
     * The walk with the engine's re-indexing done between the measured lookups: before each lookup, the grids the
     * previous tick changed are re-indexed slot by slot (JMH times each invocation on its own, a few tens of ns of its own each).
     */
    @State(Scope.Benchmark)
    public static class IndexedWalk extends Indexed {
        int lastSymbol = -1;
        int lastStep;

        @Setup(Level.Invocation)
        public void reindexLastTick() {
            if (lastSymbol >= 0) {
                reindex(this, lastSymbol, lastStep);
            }
        }
    }

    @State(Scope.Benchmark)
    public static class Scanned extends Ticks {
        @Setup(Level.Trial)
        public void setUp() {
            build();
            System.gc();
        }
    }

    /** The literal naive baseline: every slot of every symbol in one array, each asked its symbol. */
    @State(Scope.Benchmark)
    public static class AllScanned extends Ticks {
        AllSlots all;

        @Setup(Level.Trial)
        public void setUp() {
            build();
            all = new AllSlots(market);
            System.gc();
        }
    }

    /** Concerned grids per second, beside ticks per second: their ratio is k. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Found {
        public long grids;

        @Setup(Level.Iteration)
        public void reset() {
            grids = 0;
        }
    }

    @Benchmark
    public List<BotId> indexQuietTick(Indexed state) {
        return state.index.concerned(state.market.symbols[state.nextSymbol()], QUIET_FROM, QUIET_TO);
    }

    @Benchmark
    public int indexOneLevelTick(Indexed state, Found found) {
        int s = state.nextSymbol();
        int concerned = state.index.concerned(state.market.symbols[s], state.oneLevel[s][0], state.oneLevel[s][1]).size();
        found.grids += concerned;
        return concerned;
    }

    @Benchmark
    public int indexWalkTick(Indexed state, Found found) {
        int concerned = walkTick(state);
        found.grids += concerned;
        return concerned;
    }

    /** The walk's lookups alone, the re-indexing after each done outside the measured time. */
    @Benchmark
    public int indexWalkLookupTick(IndexedWalk state, Found found) {
        int s = state.nextSymbol();
        int t = state.step(s);
        state.lastSymbol = s;
        state.lastStep = t;
        GridMarket market = state.market;
        int concerned = state.index.concerned(market.symbols[s], market.walk[s][t], market.walk[s][t + 1]).size();
        found.grids += concerned;
        return concerned;
    }

    @Benchmark
    public int indexSweepTick(Indexed state, Found found) {
        int concerned = state.index.concerned(state.market.symbols[state.nextSymbol()], SWEEP_FROM, SWEEP_TO).size();
        found.grids += concerned;
        return concerned;
    }

    @Benchmark
    public int naiveQuietTick(Scanned state) {
        return scan(state, state.nextSymbol(), QUIET_FROM, QUIET_TO);
    }

    @Benchmark
    public int naiveOneLevelTick(Scanned state, Found found) {
        int s = state.nextSymbol();
        int concerned = scan(state, s, state.oneLevel[s][0], state.oneLevel[s][1]);
        found.grids += concerned;
        return concerned;
    }

    @Benchmark
    public int naiveWalkTick(Scanned state, Found found) {
        int s = state.nextSymbol();
        int t = state.step(s);
        int concerned = scanAndFollow(state, s, state.market.walk[s][t], state.market.walk[s][t + 1]);
        found.grids += concerned;
        return concerned;
    }

    @Benchmark
    public int naiveSweepTick(Scanned state, Found found) {
        int concerned = scan(state, state.nextSymbol(), SWEEP_FROM, SWEEP_TO);
        found.grids += concerned;
        return concerned;
    }

    @Benchmark
    public int allSlotsQuietTick(AllScanned state) {
        return state.all.scan(state.market.symbols[state.nextSymbol()], QUIET_FROM, QUIET_TO);
    }

    @Benchmark
    public int allSlotsOneLevelTick(AllScanned state, Found found) {
        int s = state.nextSymbol();
        int concerned = state.all.scan(state.market.symbols[s], state.oneLevel[s][0], state.oneLevel[s][1]);
        found.grids += concerned;
        return concerned;
    }

    @Benchmark
    public int allSlotsWalkTick(AllScanned state, Found found) {
        int concerned = allSlotsWalkTick(state);
        found.grids += concerned;
        return concerned;
    }

    @Benchmark
    public int allSlotsSweepTick(AllScanned state, Found found) {
        int concerned = state.all.scan(state.market.symbols[state.nextSymbol()], SWEEP_FROM, SWEEP_TO);
        found.grids += concerned;
        return concerned;
    }

    static int allSlotsWalkTick(AllScanned state) {
        int s = state.nextSymbol();
        int t = state.step(s);
        return state.all.scanAndFollow(state.market.symbols[s], state.market.walk[s][t], state.market.walk[s][t + 1]);
    }

    /** One walk tick through the index: the lookup, then the re-indexing of the slots the tick changed. */
    static int walkTick(Indexed state) {
        int s = state.nextSymbol();
        int t = state.step(s);
        GridMarket market = state.market;
        int concerned = state.index.concerned(market.symbols[s], market.walk[s][t], market.walk[s][t + 1]).size();
        reindex(state, s, t);
        return concerned;
    }

    /**
     * Re-indexes the slots step {@code t} of symbol {@code s} changed: each slot unwatched or watched again, by its
     * grid's number in the index (looked up once in the setup) and its index in the grid.
     */
    static void reindex(Indexed state, int s, int t) {
        GridMarket market = state.market;
        int[] grids = market.slotGrids[s][t];
        int[] slots = market.slotIndices[s][t];
        boolean[] waits = market.slotWaits[s][t];
        int[] numbers = state.numbers[s];
        for (int i = 0; i < grids.length; i++) {
            if (waits[i]) {
                state.index.watch(numbers[grids[i]], slots[i]);
            } else {
                state.index.unwatch(numbers[grids[i]], slots[i]);
            }
        }
    }

    /** Every waiting slot of every grid of the symbol, checked against the crossing rule; nothing changes. */
    static int scan(Ticks state, int s, Price previous, Price price) {
        int concerned = 0;
        for (Price[] sells : state.waitingSells[s]) {
            for (Price sell : sells) {
                if (previous.isBelow(sell) && !price.isBelow(sell)) {
                    concerned++;
                    break;
                }
            }
        }
        return concerned;
    }

    /**
     * Every slot of every grid of the symbol, as the walk through the index sees them: a waiting slot whose sell the
     * tick crossed upward concerns its grid and stops waiting; a slot whose buy the tick fell to waits again.
     */
    static int scanAndFollow(Ticks state, int s, Price previous, Price price) {
        GridMarket market = state.market;
        int concerned = 0;
        for (int g = 0; g < GridMarket.GRIDS_PER_SYMBOL; g++) {
            boolean[] waiting = market.waiting[s][g];
            Price[] sells = market.sells[s][g];
            Price[] buys = market.buys[s][g];
            boolean found = false;
            for (int i = 0; i < GridMarket.LEVELS; i++) {
                if (waiting[i]) {
                    if (previous.isBelow(sells[i]) && !price.isBelow(sells[i])) {
                        found = true;
                        waiting[i] = false;
                    }
                } else if (!buys[i].isBelow(price) && buys[i].isBelow(previous)) {
                    waiting[i] = true;
                }
            }
            if (found) {
                concerned++;
            }
        }
        return concerned;
    }

    public static void main(String[] args) throws RunnerException {
        // -Dbench.args=Walk runs only the benchmarks whose names contain it; the default (all) runs every one
        String only = args.length > 0 && !args[0].isBlank() && !args[0].equals("all") ? ".*" + args[0] + ".*" : "";
        new Runner(new OptionsBuilder().include(TickBenchmarks.class.getName() + "\\." + only).build()).run();
    }
}
