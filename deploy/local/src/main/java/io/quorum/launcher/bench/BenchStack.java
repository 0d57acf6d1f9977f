package io.quorum.launcher.bench;

import io.quorum.launcher.LocalKafka;
import io.quorum.launcher.LocalPostgres;
import io.quorum.launcher.QuorumService;
import io.quorum.launcher.QuorumServices;
import io.quorum.marketdata.replay.Replay;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The whole of Quorum for one bench run: embedded PostgreSQL and a single-node KRaft Kafka on free
 * ports in a fresh temporary folder (so it never meets {@code deploy/local/run}), every service on a
 * random port, and the market-data service with its replay off: the bench drives the {@link Replay}
 * itself, window by window, at full speed.
 */
final class BenchStack implements AutoCloseable {

    private static final List<QuorumService> START_ORDER = List.of(
            QuorumService.ALLOCATION, QuorumService.GRID_ENGINE, QuorumService.REGISTRY, QuorumService.EXECUTION,
            QuorumService.NOTIFIER, QuorumService.SIGNAL, QuorumService.MARKET_DATA, QuorumService.GATEWAY);

    private final Path dataDir;
    private final LocalPostgres postgres;
    private final LocalKafka kafka;
    private final QuorumServices services;

    private BenchStack(Path dataDir, LocalPostgres postgres, LocalKafka kafka, QuorumServices services) {
        this.dataDir = dataDir;
        this.postgres = postgres;
        this.kafka = kafka;
        this.services = services;
    }

    static BenchStack start() throws Exception {
        Path dataDir = Files.createTempDirectory("quorum-bench-");
        LocalPostgres postgres = LocalPostgres.start(dataDir.resolve("postgres"), freePort(), true);
        LocalKafka kafka = LocalKafka.start(dataDir.resolve("kafka"), freePort(), freePort());
        var infrastructure = new QuorumServices.Infrastructure(kafka.bootstrapServers(), postgres::jdbcUrl, "postgres", "postgres");
        var services = new QuorumServices(infrastructure, "bench-" + System.nanoTime(), true, Map.of(
                "logging.level.root", "WARN",
                "logging.level.io.quorum", "WARN",
                // the simulated users all sign up from this address: the registry's sign-up limit would pace the set-up
                "quorum.auth.sign-ups.per-hour", 100_000_000,
                "quorum.auth.sign-ups.burst", 1_000_000));
        var stack = new BenchStack(dataDir, postgres, kafka, services);
        for (QuorumService service : START_ORDER) {
            if (service == QuorumService.MARKET_DATA) {
                services.start(service, Map.of("quorum.replay.enabled", false, "quorum.replay.speed", "PT0S"));
            } else if (service == QuorumService.GATEWAY) {
                // thousands of simulated users sign up from this one address: the per-caller limits (the general one
                // and the sign-ups') would pace the set-up
                services.start(service, Map.of("quorum.gateway.limits.requests-per-minute", 100_000_000,
                        "quorum.gateway.limits.burst", 1_000_000,
                        "quorum.gateway.limits.sign-ups-per-hour", 100_000_000,
                        "quorum.gateway.limits.sign-up-burst", 1_000_000));
            } else {
                services.start(service);
            }
        }
        return stack;
    }

    String gatewayUrl() {
        return services.url(QuorumService.GATEWAY);
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    Replay replay() {
        return services.bean(QuorumService.MARKET_DATA, Replay.class);
    }

    @Override
    public void close() throws Exception {
        services.close();
        kafka.close();
        postgres.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
