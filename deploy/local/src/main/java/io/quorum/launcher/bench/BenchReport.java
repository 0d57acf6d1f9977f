package io.quorum.launcher.bench;

import io.quorum.contracts.ids.Symbol;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/** Collects the bench's figures as the phases end and prints them at the end, Markdown-ready. */
final class BenchReport {

    private final BenchOptions options;
    private final StringBuilder out = new StringBuilder();
    private Histogram idleHop;

    BenchReport(BenchOptions options) {
        this.options = options;
    }

    void stackStarted(double seconds) {
        say("stack (PostgreSQL, Kafka, 8 services) started in %.1f s", seconds);
    }

    void idleHop(Histogram hop) {
        idleHop = hop;
        say("Kafka hop before the load (%d probes): p50 %s, p99 %s", hop.getTotalCount(), ms(hop, 50), ms(hop, 99));
    }

    void prices(Map<Symbol, BigDecimal> prices) {
        say("prices at the window's start: %s", prices);
    }

    void fleet(BotFleet.Outcome fleet) {
        say("set-up: %d users, %d grid bots started (%d failed requests) in %.1f s: %.1f bot starts/s",
                fleet.users(), fleet.botsStarted(), fleet.failures(), fleet.millis() / 1000.0, fleet.botsPerSecond());
        fleet.firstFailures().forEach(failure -> say("  failure: %s", failure));
    }

    void armed(double seconds, long intents, long resting, long rejected, long inFlight) {
        say("arming minute: %d intents → %d orders resting, %d rejected by the allocation, %d unsettled; %.1f s to settle",
                intents, resting, rejected, inFlight, seconds);
    }

    void measured(int minutes, long ticks, double replaySeconds, double drainedSeconds, TickToFill latency, Histogram loadedHop) {
        long fills = latency.records().getTotalCount();
        say("window: %d candles, %d ticks replayed in %.1f s (%.1f ticks/s); pipeline drained %.1f s after the window began",
                minutes, ticks, replaySeconds, ticks / replaySeconds, drainedSeconds);
        say("fills caused by the window's ticks: %d (%.1f fills/s over the replay, %.1f over replay + drain); other fills: %d",
                fills, fills / replaySeconds, fills / drainedSeconds, latency.otherFills());
        say("");
        say("| measure | count | p50 | p90 | p99 | max |");
        say("|---|---|---|---|---|---|");
        row("tick → fill, record time stamps (1 hop)", latency.records());
        row("tick → fill seen by a consumer (2 hops)", latency.observed());
        row("Kafka hop, before the load", idleHop);
        row("Kafka hop, during the window", loadedHop);
        say("");
        double hop = loadedHop.getValueAtPercentile(50) / 1000.0;
        say("goal: p50 tick → fill ≤ 3 × hops × hop p50 under load: records %.1f ms vs 3 × 1 × %.1f = %.1f ms; "
                        + "observed %.1f ms vs 3 × 2 × %.1f = %.1f ms",
                latency.records().getValueAtPercentile(50) / 1000.0, hop, 3 * hop,
                latency.observed().getValueAtPercentile(50) / 1000.0, hop, 6 * hop);
    }

    void counts(Map<String, Long> byType) {
        say("events seen: %s", new TreeMap<>(byType));
        say("peak resident memory of the bench JVM: %s", peakRss());
    }

    void print() {
        System.out.println();
        System.out.println("==== Quorum pipeline under load: " + options);
        System.out.print(out);
    }

    private void row(String name, Histogram h) {
        say("| %s | %d | %s | %s | %s | %s |", name, h.getTotalCount(), ms(h, 50), ms(h, 90), ms(h, 99),
                String.format("%.1f ms", h.getMaxValue() / 1000.0));
    }

    private static String ms(Histogram h, double percentile) {
        return String.format("%.1f ms", h.getValueAtPercentile(percentile) / 1000.0);
    }

    private void say(String format, Object... args) {
        String line = String.format(format, args);
        System.out.println("bench: " + line);
        out.append(line).append('\n');
    }

    private static String peakRss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                    .map(l -> l.replaceAll("\\s+", " ")).findFirst().orElse("unknown");
        } catch (Exception e) {
            return "unknown";
        }
    }
}
