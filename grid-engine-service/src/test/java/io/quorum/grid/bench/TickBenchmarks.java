package io.quorum.grid.bench;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.grid.index.TickIndex;
import io.quorum.grid.slots.GridWatch;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
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
 * Per-tick work of finding the grids a tick concerns: 27,000 grid bots × 100 levels across 50 symbols
 * (540 per symbol, each with its own range around the symbol's price, tick 0.01). Below the price a
 * slot's buy is resting (not watched); above it the slot waits for its sell price to be crossed upward.
 * {@code index*} ask the {@link TickIndex}; {@code naive*} scan every waiting slot of the symbol, as the
 * engine's SQL did before. Each op is one tick of one symbol; the symbols take turns.
 * <ul>
 *   <li>quiet: the price falls by one tick (no level crossed upward);</li>
 *   <li>walk: ticks follow a random walk sized like the recorded BTCUSDT ticks (Quorum replays a 1m candle
 *       as four ticks; 41 % of them do not move the price, the others move it by an exponential step of mean
 *       0.033 %, rms 0.036 % — see the execution-service benchmark's {@code GridVenue}), out from 100.00 and
 *       back. Nothing is taken out of the index when a slot is crossed, so the walk finds the same waiting
 *       slots again each time it rises through them: more than a real run, where a slot that placed its order
 *       stops being watched;</li>
 *   <li>sweep: the price jumps from 100.10 to 100.15 through waiting sell prices of about 223 of the 540
 *       grids — far more than any recorded tick.</li>
 * </ul>
 * The {@code grids} counter divided by the ticks is k, the grids a tick concerned on average.
 *
 * <p>Run: {@code ./mvnw -q -pl grid-engine-service test-compile exec:exec}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class TickBenchmarks {

    static final int SYMBOLS = 50;
    static final int BOTS = 27_000;
    static final int LEVELS = 100;
    static final Price MARKET = Price.of("100.00");

    private final List<Symbol> symbols = new ArrayList<>();
    private final List<List<Price[]>> waitingSellsBySymbol = new ArrayList<>();
    private final TickIndex index = new TickIndex();
    private final Price quietFrom = Price.of("100.00");
    private final Price quietTo = Price.of("99.99");
    private final Price crossFrom = Price.of("100.10");
    private final Price crossTo = Price.of("100.15");
    private final List<Price[]> walks = new ArrayList<>();
    private final int[] cursor = new int[SYMBOLS];
    private int next;

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

    @Setup
    public void build() {
        Random random = new Random(42);
        List<GridWatch> watches = new ArrayList<>(BOTS);
        for (int s = 0; s < SYMBOLS; s++) {
            Symbol symbol = Symbol.of("SYM" + s + "USDT");
            symbols.add(symbol);
            List<Price[]> waiting = new ArrayList<>();
            for (int b = 0; b < BOTS / SYMBOLS; b++) {
                // range: lower 90.00–95.00, step 0.08–0.12, so the market (100) lies inside every grid
                BigDecimal lower = BigDecimal.valueOf(9000 + random.nextInt(500), 2);
                BigDecimal step = BigDecimal.valueOf(8 + random.nextInt(5), 2);
                Set<Price> crossings = new HashSet<>();
                List<Price> sells = new ArrayList<>();
                for (int i = 0; i < LEVELS; i++) {
                    Price buy = Price.of(lower.add(step.multiply(BigDecimal.valueOf(i))));
                    Price sell = Price.of(lower.add(step.multiply(BigDecimal.valueOf(i + 1L))));
                    if (!buy.isBelow(MARKET)) {
                        crossings.add(sell);
                        sells.add(sell);
                    }
                }
                watches.add(new GridWatch(BotId.random(), symbol, false, null, null, null, crossings));
                waiting.add(sells.toArray(Price[]::new));
            }
            waitingSellsBySymbol.add(waiting);
            walks.add(walk(random));
        }
        index.rebuild(watches);
        System.err.printf("grids concerned per symbol: quiet tick %d, sweep tick %d (index), %d (scan)%n",
                index.concerned(symbols.get(0), quietFrom, quietTo).size(), index.concerned(symbols.get(0), crossFrom, crossTo).size(),
                scan(0, crossFrom, crossTo));
    }

    @Benchmark
    public List<BotId> indexQuietTick() {
        return index.concerned(symbols.get(nextSymbol()), quietFrom, quietTo);
    }

    @Benchmark
    public List<BotId> indexWalkTick(Found found) {
        int s = nextSymbol();
        int at = step(s);
        List<BotId> concerned = index.concerned(symbols.get(s), walks.get(s)[at], walks.get(s)[at + 1]);
        found.grids += concerned.size();
        return concerned;
    }

    @Benchmark
    public List<BotId> indexSweepTick(Found found) {
        List<BotId> concerned = index.concerned(symbols.get(nextSymbol()), crossFrom, crossTo);
        found.grids += concerned.size();
        return concerned;
    }

    @Benchmark
    public int naiveQuietTick() {
        return scan(nextSymbol(), quietFrom, quietTo);
    }

    @Benchmark
    public int naiveWalkTick(Found found) {
        int s = nextSymbol();
        int at = step(s);
        int concerned = scan(s, walks.get(s)[at], walks.get(s)[at + 1]);
        found.grids += concerned;
        return concerned;
    }

    @Benchmark
    public int naiveSweepTick(Found found) {
        int concerned = scan(nextSymbol(), crossFrom, crossTo);
        found.grids += concerned;
        return concerned;
    }

    /** Every waiting slot of every grid of the symbol, checked against the crossing rule. */
    private int scan(int symbol, Price previous, Price price) {
        int concerned = 0;
        for (Price[] sells : waitingSellsBySymbol.get(symbol)) {
            for (Price sell : sells) {
                if (previous.isBelow(sell) && !price.isBelow(sell)) {
                    concerned++;
                    break;
                }
            }
        }
        return concerned;
    }

    /** A walk from 100.00 out and back (so looping it never jumps), in steps drawn as described above. */
    private static Price[] walk(Random random) {
        int steps = 4096;
        long[] cents = new long[steps * 2 + 1];
        long at = 10_000;
        for (int i = 0; i <= steps; i++) {
            cents[i] = at;
            if (random.nextDouble() >= 0.41) {
                at += (random.nextBoolean() ? 1 : -1) * Math.round(-Math.log(1 - random.nextDouble()) * 0.00033 * at);
            }
        }
        for (int i = 1; i <= steps; i++) {
            cents[steps + i] = cents[steps - i];
        }
        Price[] prices = new Price[cents.length];
        for (int i = 0; i < cents.length; i++) {
            prices[i] = Price.of(BigDecimal.valueOf(cents[i], 2));
        }
        return prices;
    }

    /** The index of this symbol's next (previous, price) pair in its walk. */
    private int step(int symbol) {
        int at = cursor[symbol];
        cursor[symbol] = at + 2 == walks.get(symbol).length ? 0 : at + 1;
        return at;
    }

    private int nextSymbol() {
        next = (next + 1) % SYMBOLS;
        return next;
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(TickBenchmarks.class.getSimpleName()).build()).run();
    }
}
