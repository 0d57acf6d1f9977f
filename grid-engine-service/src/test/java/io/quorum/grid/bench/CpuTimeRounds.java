package io.quorum.grid.bench;

import io.quorum.grid.slots.GridWatch;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The ticks of {@link TickBenchmarks} timed by this thread's CPU time instead of the wall clock, so other processes
 * on a shared machine do not count: the index and the two scans (the symbol's slots, and every slot of every symbol —
 * the literal naive baseline) take turns in rounds of about a CPU-second each. The walk
 * through the index is timed twice: with the re-indexing of the slots each tick changed, one crossing at a time ("walk+put"), and its
 * lookups alone, each timed on its own by the wall clock (a lookup is short enough that other processes rarely
 * interrupt one). An untimed warm-up round of everything runs first.
 *
 * <p>Run: {@code ./mvnw -q -pl grid-engine-service test-compile exec:exec -Dbench.heap=-Xmx6g
 * -Dbench.main=io.quorum.grid.bench.CpuTimeRounds}
 */
public final class CpuTimeRounds {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int ROUNDS = 3;
    private static final long PREEMPTED_NANOS = 200_000;

    private CpuTimeRounds() {
    }

    public static void main(String[] args) {
        TickBenchmarks.Indexed walking = new TickBenchmarks.Indexed();
        walking.setUp();
        TickBenchmarks.Scanned scanned = new TickBenchmarks.Scanned();
        scanned.setUp();
        // the quiet, one-level and sweep ticks ask an index that the walk does not change, like the scan's waiting sells
        TickBenchmarks.Indexed still = new TickBenchmarks.Indexed();
        still.market = walking.market;
        System.arraycopy(walking.oneLevel, 0, still.oneLevel, 0, still.oneLevel.length);
        List<GridWatch> watches = new ArrayList<>();
        for (int s = 0; s < GridMarket.SYMBOLS; s++) {
            for (int g = 0; g < GridMarket.GRIDS_PER_SYMBOL; g++) {
                watches.add(walking.market.watchOf(s, g));
            }
        }
        still.index.rebuild(watches);
        double walkTicks = (double) GridMarket.SYMBOLS * (walking.market.walk[0].length - 1);
        System.out.printf("grids changed per walk tick: %.1f, slots re-indexed: %.1f%n",
                walking.market.changes / walkTicks, walking.market.slotChanges / walkTicks);
        // the literal naive baseline: every slot of every symbol, built from the scan's market before it walks
        TickBenchmarks.AllScanned all = new TickBenchmarks.AllScanned();
        all.market = scanned.market;
        all.all = new AllSlots(scanned.market);
        System.arraycopy(scanned.oneLevel, 0, all.oneLevel, 0, all.oneLevel.length);
        // round 0 is an untimed warm-up, as JMH's: the first reported round no longer pays for interpreting and
        // compiling the code (the walk with its re-indexing came out at about half its later rate in a round 1)
        for (int round = 0; round <= ROUNDS; round++) {
            report(round, "quiet",
                    time(() -> still.index.concerned(still.market.symbols[still.nextSymbol()], TickBenchmarks.QUIET_FROM,
                            TickBenchmarks.QUIET_TO).size(), 256),
                    time(() -> TickBenchmarks.scan(scanned, scanned.nextSymbol(), TickBenchmarks.QUIET_FROM, TickBenchmarks.QUIET_TO), 1),
                    time(() -> all.all.scan(all.market.symbols[all.nextSymbol()], TickBenchmarks.QUIET_FROM,
                            TickBenchmarks.QUIET_TO), 1));
            report(round, "one level", time(() -> {
                int s = still.nextSymbol();
                return still.index.concerned(still.market.symbols[s], still.oneLevel[s][0], still.oneLevel[s][1]).size();
            }, 256), time(() -> {
                int s = scanned.nextSymbol();
                return TickBenchmarks.scan(scanned, s, scanned.oneLevel[s][0], scanned.oneLevel[s][1]);
            }, 1), time(() -> {
                int s = all.nextSymbol();
                return all.all.scan(all.market.symbols[s], all.oneLevel[s][0], all.oneLevel[s][1]);
            }, 1));
            Rate scan = time(() -> {
                int s = scanned.nextSymbol();
                int t = scanned.step(s);
                return TickBenchmarks.scanAndFollow(scanned, s, scanned.market.walk[s][t], scanned.market.walk[s][t + 1]);
            }, 1);
            Rate allScan = time(() -> TickBenchmarks.allSlotsWalkTick(all), 1);
            report(round, "walk+put", time(() -> TickBenchmarks.walkTick(walking), 64), scan, allScan);
            report(round, "walk", lookupsAlone(walking), scan, allScan);
            report(round, "sweep",
                    time(() -> still.index.concerned(still.market.symbols[still.nextSymbol()], TickBenchmarks.SWEEP_FROM,
                            TickBenchmarks.SWEEP_TO).size(), 256),
                    time(() -> TickBenchmarks.scan(scanned, scanned.nextSymbol(), TickBenchmarks.SWEEP_FROM, TickBenchmarks.SWEEP_TO), 1),
                    time(() -> all.all.scan(all.market.symbols[all.nextSymbol()], TickBenchmarks.SWEEP_FROM,
                            TickBenchmarks.SWEEP_TO), 1));
        }
    }

    /**
     * The walk's lookups alone: each lookup is timed by {@link System#nanoTime()} on its own (less the cost of reading
     * the clock twice, measured alike), the re-indexing between lookups is not — for about a CPU-second in all. A
     * lookup that took over {@value #PREEMPTED_NANOS} ns was interrupted by another process (no lookup takes that
     * long); it is left out of the count and the time.
     */
    private static Rate lookupsAlone(TickBenchmarks.Indexed state) {
        long clock = 0;
        for (int i = 0; i < 10_000; i++) {
            long start = System.nanoTime();
            clock += System.nanoTime() - start;
        }
        double clockNanos = clock / 10_000.0;
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long ticks = 0;
        long found = 0;
        long lookupNanos = 0;
        long preempted = 0;
        GridMarket market = state.market;
        while (THREADS.getCurrentThreadCpuTime() - cpuStart < 1_000_000_000L) {
            for (int i = 0; i < 64; i++) {
                int s = state.nextSymbol();
                int t = state.step(s);
                long start = System.nanoTime();
                int concerned = state.index.concerned(market.symbols[s], market.walk[s][t], market.walk[s][t + 1]).size();
                long took = System.nanoTime() - start;
                TickBenchmarks.reindex(state, s, t);
                if (took < PREEMPTED_NANOS) {
                    lookupNanos += took;
                    found += concerned;
                    ticks++;
                } else {
                    preempted++;
                }
            }
        }
        System.out.printf("walk lookups interrupted and left out: %d of %d%n", preempted, ticks + preempted);
        return new Rate(ticks, found, Math.round(lookupNanos - ticks * clockNanos));
    }

    private static void report(int round, String ticks, Rate index, Rate scan, Rate all) {
        if (round == 0) {
            return;
        }
        System.out.printf("%-9s round %d  index %,12.0f ticks/cpu-s (k %.2f)  symbol scan %,9.1f (k %.2f) = %,8.0f×"
                        + "  all-slots scan %,7.1f (k %.2f) = %,9.0f×%n", ticks, round, index.perSecond(), index.k(),
                scan.perSecond(), scan.k(), index.perSecond() / scan.perSecond(), all.perSecond(), all.k(),
                index.perSecond() / all.perSecond());
    }

    private record Rate(long ticks, long found, long cpuNanos) {
        double perSecond() {
            return ticks * 1e9 / cpuNanos;
        }

        double k() {
            return (double) found / ticks;
        }
    }

    /** Runs ticks in batches of {@code batch} (so reading the clock costs nothing noticeable) for a CPU-second. */
    private static Rate time(IntSupplier tick, int batch) {
        long start = THREADS.getCurrentThreadCpuTime();
        long ticks = 0;
        long found = 0;
        long elapsed;
        do {
            for (int i = 0; i < batch; i++) {
                found += tick.getAsInt();
            }
            ticks += batch;
            elapsed = THREADS.getCurrentThreadCpuTime() - start;
        } while (elapsed < 1_000_000_000L);
        return new Rate(ticks, found, elapsed);
    }
}
