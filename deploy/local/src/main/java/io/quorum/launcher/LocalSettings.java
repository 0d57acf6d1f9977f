package io.quorum.launcher;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the local launcher runs, from system properties with defaults that work on a fresh machine.
 *
 * @param dataDir      where PostgreSQL and Kafka keep their data; a second start reuses it
 * @param replaySpeed  wall time per replayed market minute
 */
record LocalSettings(Path dataDir, int kafkaPort, int postgresPort, Duration replaySpeed) {

    static LocalSettings fromSystemProperties() {
        return new LocalSettings(
                Path.of(System.getProperty("quorum.local.data-dir", ".quorum/local")),
                Integer.getInteger("quorum.local.kafka-port", 9092),
                Integer.getInteger("quorum.local.postgres-port", 15432),
                Duration.parse(System.getProperty("quorum.local.replay-speed", "PT0.1S")));
    }
}
