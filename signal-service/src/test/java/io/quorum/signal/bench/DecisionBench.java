package io.quorum.signal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The decision benchmarks of docs/benchmarks.md ("AI decisions: voters in parallel"):
 * {@code ./mvnw -q -pl testkit,signal-service test-compile -Dbench=decisions} runs both;
 * {@code -Dbench.decisions=panel} or {@code crowd} one of them.
 * Wall-clock figures over several repetitions, not JMH: each scenario lasts from 200 ms to ~50 s.
 */
public final class DecisionBench {

    private DecisionBench() {
    }

    public static void main(String[] args) {
        String which = args.length == 0 || args[0].isBlank() ? "all" : args[0].trim();
        BenchMarket.quietLogging();
        System.out.printf("machine: %d cores, %s, JDK %s (%s), load average %s%n", Runtime.getRuntime().availableProcessors(),
                cpuModel(), System.getProperty("java.version"), System.getProperty("java.vm.name"), BenchMarket.load());
        if (which.equals("all") || which.equals("panel")) {
            new PanelBench(Duration.ofMillis(200), 40).run();
        }
        if (which.equals("all") || which.equals("crowd")) {
            // the provider's timeout bounds the wait for a call slot too: 90 s covers the ~46 s the last bot waits
            CrowdBench crowd = new CrowdBench(3_000, 64, Duration.ofSeconds(1), Duration.ofSeconds(90));
            crowd.warmUp();
            crowd.run(3);
        }
        // langchain4j's HTTP client keeps pooled connections and their threads alive; the benchmark is done
        System.exit(0);
    }

    private static String cpuModel() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown CPU");
        } catch (IOException | RuntimeException e) {
            return "unknown CPU";
        }
    }
}
