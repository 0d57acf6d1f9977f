package io.quorum.launcher;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * All of Quorum in one process on its embedded defaults: PostgreSQL and a KRaft Kafka on fixed
 * ports with their data in a folder, every service, the replay of recorded Bybit candles, and a
 * demo user with a running paper grid bot. Ctrl-C stops the services, then Kafka, then PostgreSQL.
 */
public final class QuorumLocal {

    private static final List<QuorumService> START_ORDER = List.of(
            QuorumService.ALLOCATION, QuorumService.GRID_ENGINE, QuorumService.REGISTRY, QuorumService.EXECUTION,
            QuorumService.NOTIFIER, QuorumService.SIGNAL, QuorumService.MARKET_DATA, QuorumService.GATEWAY);

    private QuorumLocal() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        LocalSettings settings = LocalSettings.fromSystemProperties();
        System.out.println("Quorum: starting on embedded PostgreSQL and Kafka, data in " + settings.dataDir().toAbsolutePath());

        // registered before anything starts, so whatever did start is stopped, in order, however the JVM ends:
        // Ctrl-C, SIGTERM, or a start-up that failed half-way (System.exit below)
        Stack stack = new Stack();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.stop();
            stopped.countDown();
        }, "quorum-stop"));

        String gatewayUrl;
        DemoAccount demo;
        try {
            // PostgreSQL without a shutdown hook of its own: it must outlive the services, see LocalPostgres.start
            LocalPostgres postgres = stack.postgres = LocalPostgres.start(settings.dataDir().resolve("postgres"),
                    settings.postgresPort(), false);
            LocalKafka kafka = stack.kafka = LocalKafka.start(settings.dataDir().resolve("kafka"), settings.kafkaPort(),
                    settings.kafkaPort() + 1);
            var infrastructure = new QuorumServices.Infrastructure(kafka.bootstrapServers(), postgres::jdbcUrl, "postgres", "postgres");
            QuorumServices services = stack.services = new QuorumServices(infrastructure, randomSecret(), false, Map.of(
                    "logging.level.root", "WARN",
                    "logging.level.io.quorum", "INFO",
                    "quorum.replay.speed", settings.replaySpeed().toString(),
                    // the execution service's master key for users' exchange keys, kept in the data folder
                    "quorum.keys.master-key-file", LocalMasterKey.ensure(settings.dataDir()).toAbsolutePath().toString(),
                    // the registry's key for signing access tokens (sign-in), kept in the data folder too
                    "quorum.auth.jwt.signing-key-file", LocalSigningKey.ensure(settings.dataDir()).toAbsolutePath().toString()));
            START_ORDER.forEach(services::start);
            gatewayUrl = services.url(QuorumService.GATEWAY);
            demo = DemoAccount.ensure(new GatewayClient(gatewayUrl, null), settings.dataDir());
        } catch (Exception | Error e) {
            System.err.println("Quorum did not start: " + e);
            e.printStackTrace();
            System.exit(1); // runs the hook, which stops what did start
            return;
        }

        Duration startup = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("""

                Quorum is running (started in %.1f s).
                  Gateway:     %s
                  Demo user:   %s
                  Demo token:  %s
                  Demo login:  %s / %s (POST /api/auth/sign-in for an access token)
                  Demo bot:    %s (grid, BTCUSDT, paper)
                Try:
                  curl -H 'Authorization: Bearer %s' %s/api/bots
                  curl -H 'Authorization: Bearer %s' '%s/api/orders?botId=%s'
                Ctrl-C stops everything.
                %n""", startup.toMillis() / 1000.0, gatewayUrl, demo.userId(), demo.token(), DemoAccount.EMAIL,
                demo.password() == null ? "(none: this data folder's demo user predates passwords)" : demo.password(),
                demo.botId(),
                demo.token(), gatewayUrl, demo.token(), gatewayUrl, demo.botId());
        stopped.await();
    }

    /** What has started so far, stopped in the reverse order: the services, then Kafka, then PostgreSQL. */
    private static final class Stack {
        volatile LocalPostgres postgres;
        volatile LocalKafka kafka;
        volatile QuorumServices services;

        void stop() {
            long stopping = System.nanoTime();
            if (services != null) {
                System.out.println("Quorum: stopping the services");
                services.close();
                System.out.printf("Quorum: services stopped after %.1f s%n", (System.nanoTime() - stopping) / 1e9);
            }
            if (kafka != null) {
                kafka.close();
                System.out.printf("Quorum: Kafka stopped after %.1f s%n", (System.nanoTime() - stopping) / 1e9);
            }
            if (postgres != null) {
                try {
                    postgres.close();
                } catch (Exception e) {
                    System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
                }
            }
            System.out.printf("Quorum: stopped after %.1f s%n", (System.nanoTime() - stopping) / 1e9);
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
