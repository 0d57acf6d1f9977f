package io.quorum.execution.bench;

import io.quorum.contracts.money.Price;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The same work as {@link MatchingBenchmarks}, timed by this thread's CPU time instead of the wall clock, so other
 * processes on a shared machine do not count: the book, the scan of the symbol's orders and the scan of all
 * orders take turns in rounds, each running for about a CPU-second a round, one workload after the other, after an
 * untimed warm-up round of each (so the first timed round does not include the code's compilation). Each workload
 * runs in a JVM of its own, started with this one's flags, as JMH forks one per benchmark.
 *
 * <p>Run: {@code ./mvnw -q -pl execution-service test-compile exec:exec -Dbench.heap=-Xmx9g
 * -Dbench.main=io.quorum.execution.bench.CpuTimeRounds} (all four workloads; {@code -Dbench.args=walk,oneLevel}
 * for some), with {@code JDK_JAVA_OPTIONS='-XX:+UseParallelGC -XX:+UseTransparentHugePages'} for the JVM flags
 * of the JMH forks (docs/benchmarks.md gives a command that takes contracts and testkit from the working tree).
 * Three copies of the market are built per workload (book, scan, scan of all), about a minute each.
 */
public final class CpuTimeRounds {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long ROUND_NANOS = 1_000_000_000L;
    private static final int ROUNDS = 3;

    private CpuTimeRounds() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String[] workloads = args.length == 0 || args[0].equals("all")
                ? new String[] {"quiet", "oneLevel", "walk", "sweep"} : args[0].split(",");
        if (workloads.length > 1) {
            // each workload in a JVM of its own, as JMH forks: one workload's markets, left as garbage, and the heap
            // they were compacted into do not shape where the next one's orders lie in memory
            for (String workload : workloads) {
                fork(workload);
            }
            return;
        }
        for (String workload : workloads) {
            MatchingBenchmarks.Book book = new MatchingBenchmarks.Book();
            book.setUp();
            MatchingBenchmarks.Naive naive = new MatchingBenchmarks.Naive();
            naive.setUp();
            MatchingBenchmarks.Naive all = new MatchingBenchmarks.Naive();
            all.setUp();
            Price[][] bookTicks = ticks(book.venue, workload);
            IntSupplier bookTick = workload.equals("quiet")
                    ? () -> MatchingBenchmarks.quietTick(book).size()
                    : () -> MatchingBenchmarks.fillAndFlip(book, bookTicks, null);
            Price[][] naiveTicks = ticks(naive.venue, workload);
            Price[][] allTicks = ticks(all.venue, workload);
            // untimed warm-up, as JMH's: the first round no longer pays for interpreting and compiling the code
            time(bookTick, 256);
            time(() -> MatchingBenchmarks.fillAndReplace(naive, naiveTicks, false), 1);
            time(() -> MatchingBenchmarks.fillAndReplace(all, allTicks, true), 1);
            for (int round = 1; round <= ROUNDS; round++) {
                Rate b = time(bookTick, 256);
                Rate n = time(() -> MatchingBenchmarks.fillAndReplace(naive, naiveTicks, false), 1);
                Rate a = time(() -> MatchingBenchmarks.fillAndReplace(all, allTicks, true), 1);
                System.out.printf("%-8s round %d  book %,12.0f ticks/cpu-s (k %.2f)  symbol scan %,9.1f (k %.2f) = %,8.0f×"
                                + "  all-orders scan %,7.2f (k %.2f) = %,10.0f×%n", workload, round, b.perSecond(), b.k(),
                        n.perSecond(), n.k(), b.perSecond() / n.perSecond(), a.perSecond(), a.k(),
                        b.perSecond() / a.perSecond());
            }
        }
    }

    /** Runs one workload in a new JVM with this one's flags and class path, its output passed through. */
    private static void fork(String workload) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), CpuTimeRounds.class.getName(), workload));
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("the " + workload + " rounds ended with exit code " + exit);
        }
    }

    private static Price[][] ticks(GridVenue venue, String workload) {
        return switch (workload) {
            case "quiet" -> venue.quiet;
            case "oneLevel" -> venue.oneLevel;
            case "walk" -> venue.walk;
            case "sweep" -> venue.sweep;
            default -> throw new IllegalArgumentException("workload " + workload);
        };
    }

    private record Rate(long ticks, long fills, long cpuNanos) {
        double perSecond() {
            return ticks * 1e9 / cpuNanos;
        }

        double k() {
            return (double) fills / ticks;
        }
    }

    /** Runs ticks in batches of {@code batch} (so reading the clock costs nothing noticeable) for a CPU-second. */
    private static Rate time(IntSupplier tick, int batch) {
        long start = THREADS.getCurrentThreadCpuTime();
        long ticks = 0;
        long fills = 0;
        long elapsed;
        do {
            for (int i = 0; i < batch; i++) {
                fills += tick.getAsInt();
            }
            ticks += batch;
            elapsed = THREADS.getCurrentThreadCpuTime() - start;
        } while (elapsed < ROUND_NANOS);
        return new Rate(ticks, fills, elapsed);
    }
}
