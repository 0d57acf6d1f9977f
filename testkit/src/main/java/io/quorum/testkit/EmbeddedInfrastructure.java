package io.quorum.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One KRaft Kafka broker and one PostgreSQL server per test JVM, started on first use and shared by
 * every test class of the module (Surefire reuses one fork). Each service gets its own schema in the
 * one database, as in production where services never read each other's tables.
 *
 * <p>{@link #isolated()} gives a test a broker and a database of its own — to run Quorum twice on
 * the same recorded market and compare the runs.
 */
public final class EmbeddedInfrastructure implements AutoCloseable {

    private static volatile EmbeddedInfrastructure shared;
    private static volatile EmbeddedPostgres postgres;
    private static final AtomicInteger ISOLATED = new AtomicInteger();

    private final EmbeddedKafkaKraftBroker kafka;
    private final String database;

    private EmbeddedInfrastructure(String database) {
        kafka = new EmbeddedKafkaKraftBroker(1, 3);
        // one broker: the transaction log and every topic can only have one replica
        kafka.brokerProperties(Map.of(
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "min.insync.replicas", "1",
                "offsets.topic.replication.factor", "1",
                "group.initial.rebalance.delay.ms", "0"));
        kafka.afterPropertiesSet();
        this.database = database;
    }

    public static EmbeddedInfrastructure get() {
        if (shared == null) {
            synchronized (EmbeddedInfrastructure.class) {
                if (shared == null) {
                    startPostgres();
                    EmbeddedInfrastructure infrastructure = new EmbeddedInfrastructure("postgres");
                    Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedInfrastructure::stopShared, "embedded-infrastructure-stop"));
                    shared = infrastructure;
                }
            }
        }
        return shared;
    }

    /** A broker and a database of its own; close it when done. */
    public static EmbeddedInfrastructure isolated() {
        get();
        String database = "quorum_isolated_" + ISOLATED.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
        return new EmbeddedInfrastructure(database);
    }

    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    public int postgresPort() {
        return postgres.getPort();
    }

    public String jdbcUrl(String schema) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database + "?currentSchema=" + schema;
    }

    /** Points a Spring Boot service under test at the shared broker and at its own schema. */
    public static void register(DynamicPropertyRegistry registry, String schema) {
        EmbeddedInfrastructure infra = get();
        registry.add("spring.kafka.bootstrap-servers", infra::kafkaBootstrapServers);
        registry.add("spring.datasource.url", () -> infra.jdbcUrl(schema));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    /** Properties for starting a service outside Spring's test context (the end-to-end test starts several). */
    public Map<String, Object> propertiesFor(String schema) {
        return Map.of(
                "spring.kafka.bootstrap-servers", kafkaBootstrapServers(),
                "spring.datasource.url", jdbcUrl(schema),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres");
    }

    /** Stops an isolated broker; the shared one lives as long as the JVM. */
    @Override
    public void close() {
        if (this != shared) {
            kafka.destroy();
        }
    }

    private static void startPostgres() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    private static void stopShared() {
        shared.kafka.destroy();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
