package io.quorum.execution.bench;

import io.quorum.contracts.money.Price;
import io.quorum.execution.matching.PaperBooks;
import io.quorum.execution.matching.RestingOrder;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * What a tick goes through in memory on the paper venue, at the scale of 27,000 grid bots × 100 levels
 * (2.7 million resting limit orders) over 50 symbols, against two naive scans: {@code naive*} scans every order of
 * the tick's symbol, {@code allOrders*} every one of the 2.7 million orders, asking each for its symbol too. Ticks
 * rotate over the symbols. "quiet" ticks land between the best buy and the best sell and cross nothing; "one level"
 * ticks cross the orders of exactly one price; "crossing" ticks follow a random walk sized like the recorded BTCUSDT
 * ticks, "sweep" ticks jump half a percent each way (see {@link GridVenue}); every order they cross leaves the book
 * and the grid's next order on its slot rests instead (a filled buy → the sell one level up), as the grid engine
 * would place it: the tick's fills leave the book in one {@link PaperBooks#removeAll} (as {@code TickMatching} removes
 * them after its commit), then the next orders rest one by one (as each placement rests its order after its own
 * commit; the book stages them and takes them in as one batch at its next read, the next tick of the symbol). The
 * {@code fills} counter divided by the ticks is k, the orders a tick filled on average.
 *
 * <p>The heap is 6 GB on transparent huge pages (where the kernel offers them, {@code madvise} or {@code always}):
 * 2.7 million orders spread over gigabytes, and with 4 KB pages most orders a fill touches also miss the TLB.
 *
 * <p>Run: {@code ./mvnw -q -pl execution-service test-compile exec:exec} (see docs/benchmarks.md); the same work
 * timed by CPU time instead: {@link CpuTimeRounds}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseParallelGC", "-XX:+UseTransparentHugePages"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 4, time = 3)
public class MatchingBenchmarks {

    static final int SYMBOLS = 50;
    static final int BOTS_PER_SYMBOL = 540;
    static final int LEVELS = 100;
    static final long SEED = 20_300_101L;

    /** Where each symbol's tick sequence stands; ticks visit the symbols in turn. */
    abstract static class Ticks {
        GridVenue venue;
        int symbol;
        final int[] cursor = new int[SYMBOLS];

        void build() {
            venue = new GridVenue(SYMBOLS, BOTS_PER_SYMBOL, LEVELS, SEED);
            if (venue.orders != SYMBOLS * BOTS_PER_SYMBOL * LEVELS) {
                throw new IllegalStateException("built " + venue.orders + " orders");
            }
        }

        /** Moves the gigabytes just built out of the young generation now, not in the first measured second. */
        static void settle() {
            System.gc();
        }

        int nextSymbol() {
            symbol = symbol + 1 == SYMBOLS ? 0 : symbol + 1;
            return symbol;
        }

        Price next(Price[][] sequences, int s) {
            Price[] sequence = sequences[s];
            int at = cursor[s];
            cursor[s] = at + 1 == sequence.length ? 0 : at + 1;
            return sequence[at];
        }

        /** The grid's next order on the filled order's slot, prepared by the venue. */
        RestingOrder flip(RestingOrder filled) {
            return GridVenue.next(filled);
        }
    }

    @State(Scope.Benchmark)
    public static class Book extends Ticks {
        final PaperBooks books = new PaperBooks();
        private RestingOrder[] next = new RestingOrder[64];

        /** Room for the next orders of a tick's fills, reused, so the measured loop does not allocate it. */
        RestingOrder[] scratch(int size) {
            if (next.length < size) {
                next = new RestingOrder[Math.max(size, next.length * 2)];
            }
            return next;
        }

        @Setup(Level.Trial)
        public void setUp() {
            build();
            venue.restingBySymbol.forEach(orders -> orders.forEach(books::rest));
            settle();
        }
    }

    @State(Scope.Benchmark)
    public static class Naive extends Ticks {
        final NaiveBooks books = new NaiveBooks();

        @Setup(Level.Trial)
        public void setUp() {
            build();
            books.load(venue.symbols, venue.restingBySymbol);
            settle();
        }
    }

    /** Fills per second, beside ticks per second: their ratio is the orders a crossing tick filled on average. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Fills {
        public long fills;

        @Setup(Level.Iteration)
        public void reset() {
            fills = 0;
        }

        int add(int filled) {
            fills += filled;
            return filled;
        }
    }

    @Benchmark
    public List<RestingOrder> bookQuietTick(Book state) {
        return quietTick(state);
    }

    @Benchmark
    public void bookOneLevelTick(Book state, Fills fills, Blackhole hole) {
        fills.fills += fillAndFlip(state, state.venue.oneLevel, hole);
    }

    @Benchmark
    public void bookCrossingTick(Book state, Fills fills, Blackhole hole) {
        fills.fills += fillAndFlip(state, state.venue.walk, hole);
    }

    @Benchmark
    public void bookSweepTick(Book state, Fills fills, Blackhole hole) {
        fills.fills += fillAndFlip(state, state.venue.sweep, hole);
    }

    @Benchmark
    public List<RestingOrder> naiveQuietTick(Naive state) {
        int s = state.nextSymbol();
        return state.books.crossedBy(state.venue.symbols[s], state.next(state.venue.quiet, s), GridVenue.TICK_AT);
    }

    @Benchmark
    public int naiveOneLevelTick(Naive state, Fills fills) {
        return fills.add(fillAndReplace(state, state.venue.oneLevel, false));
    }

    @Benchmark
    public int naiveCrossingTick(Naive state, Fills fills) {
        return fills.add(fillAndReplace(state, state.venue.walk, false));
    }

    @Benchmark
    public int naiveSweepTick(Naive state, Fills fills) {
        return fills.add(fillAndReplace(state, state.venue.sweep, false));
    }

    @Benchmark
    public int allOrdersQuietTick(Naive state, Fills fills) {
        return fills.add(fillAndReplace(state, state.venue.quiet, true));
    }

    @Benchmark
    public int allOrdersOneLevelTick(Naive state, Fills fills) {
        return fills.add(fillAndReplace(state, state.venue.oneLevel, true));
    }

    @Benchmark
    public int allOrdersCrossingTick(Naive state, Fills fills) {
        return fills.add(fillAndReplace(state, state.venue.walk, true));
    }

    @Benchmark
    public int allOrdersSweepTick(Naive state, Fills fills) {
        return fills.add(fillAndReplace(state, state.venue.sweep, true));
    }

    static List<RestingOrder> quietTick(Book state) {
        int s = state.nextSymbol();
        return state.books.crossedBy(state.venue.symbols[s], state.next(state.venue.quiet, s), GridVenue.TICK_AT);
    }

    /** One tick of the next symbol through the book; returns the orders it filled. */
    static int fillAndFlip(Book state, Price[][] ticks, Blackhole hole) {
        int s = state.nextSymbol();
        var symbol = state.venue.symbols[s];
        List<RestingOrder> crossed = state.books.crossedBy(symbol, state.next(ticks, s), GridVenue.TICK_AT);
        int filled = crossed.size();
        RestingOrder[] next = state.scratch(filled);
        for (int i = 0; i < filled; i++) { // the grid engine's part: the next order on each filled order's slot
            next[i] = state.flip(crossed.get(i));
        }
        // what TickMatching does after its commit, then the grid's next orders, rested one by one as placed
        state.books.removeAll(symbol, crossed);
        for (int i = 0; i < filled; i++) {
            state.books.rest(next[i]);
        }
        if (hole != null) {
            hole.consume(crossed);
        }
        return crossed.size();
    }

    /** One tick of the next symbol through a naive scan, of its symbol's orders or of all orders; returns the fills. */
    static int fillAndReplace(Naive state, Price[][] ticks, boolean allSymbols) {
        int s = state.nextSymbol();
        var symbol = state.venue.symbols[s];
        Price tick = state.next(ticks, s);
        return allSymbols
                ? state.books.fillAndReplaceScanningAll(symbol, tick, GridVenue.TICK_AT, state::flip)
                : state.books.fillAndReplace(symbol, tick, GridVenue.TICK_AT, state::flip);
    }

    /** Runs every benchmark of this class; JMH arguments after the class name are not needed. */
    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(MatchingBenchmarks.class.getName() + "\\.").build()).run();
    }
}
