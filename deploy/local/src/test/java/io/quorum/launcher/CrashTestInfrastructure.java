package io.quorum.launcher;

import io.quorum.testkit.EmbeddedInfrastructure;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A Kafka broker and a database of their own for one replay run, like the testkit's isolated
 * infrastructure, except that the broker expires a silent consumer group member after 6 s instead of
 * 45 s: a killed service holds its partitions until its session expires, and the lockstep replay
 * waits for them. Production brokers set the same {@code group.consumer.*} keys (docs/architecture.md).
 */
final class CrashTestInfrastructure implements AutoCloseable {

    private static final AtomicInteger RUNS = new AtomicInteger();

    private final EmbeddedKafkaKraftBroker kafka;
    private final String jdbcBase;

    private CrashTestInfrastructure(EmbeddedKafkaKraftBroker kafka, String jdbcBase) {
        this.kafka = kafka;
        this.jdbcBase = jdbcBase;
    }

    static CrashTestInfrastructure start() {
        int postgresPort = EmbeddedInfrastructure.get().postgresPort();
        String database = "quorum_crash_" + ProcessHandle.current().pid() + "_" + RUNS.incrementAndGet();
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + postgresPort + "/postgres",
                "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.brokerProperties(Map.of(
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "min.insync.replicas", "1",
                "offsets.topic.replication.factor", "1",
                // the consumer protocol's session: a killed member's partitions move on after 6 s
                "group.consumer.min.session.timeout.ms", "6000",
                "group.consumer.session.timeout.ms", "6000",
                "group.consumer.min.heartbeat.interval.ms", "1000",
                "group.consumer.heartbeat.interval.ms", "1000"));
        kafka.afterPropertiesSet();
        return new CrashTestInfrastructure(kafka, "jdbc:postgresql://localhost:" + postgresPort + "/" + database);
    }

    String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    String jdbcUrl(String schema) {
        return jdbcBase + "?currentSchema=" + schema;
    }

    QuorumServices.Infrastructure forServices() {
        return new QuorumServices.Infrastructure(kafkaBootstrapServers(), this::jdbcUrl, "postgres", "postgres");
    }

    @Override
    public void close() {
        kafka.destroy();
    }
}
