package io.quorum.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One KRaft Kafka broker and one PostgreSQL server per test JVM, started on first use and shared by
 * every test class of the module (Surefire reuses one fork). Each service gets its own schema in the
 * one database, as in production where services never read each other's tables.
 */
public final class EmbeddedInfrastructure {

    private static volatile EmbeddedInfrastructure instance;

    private final EmbeddedKafkaKraftBroker kafka;
    private final EmbeddedPostgres postgres;

    private EmbeddedInfrastructure() {
        kafka = new EmbeddedKafkaKraftBroker(1, 3);
        // one broker: the transaction log and every topic can only have one replica
        kafka.brokerProperties(Map.of(
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "min.insync.replicas", "1",
                "offsets.topic.replication.factor", "1",
                "group.initial.rebalance.delay.ms", "0"));
        kafka.afterPropertiesSet();
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            kafka.destroy();
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "embedded-infrastructure-stop"));
    }

    public static EmbeddedInfrastructure get() {
        if (instance == null) {
            synchronized (EmbeddedInfrastructure.class) {
                if (instance == null) {
                    instance = new EmbeddedInfrastructure();
                }
            }
        }
        return instance;
    }

    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    public int postgresPort() {
        return postgres.getPort();
    }

    public String jdbcUrl(String schema) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?currentSchema=" + schema;
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

    private void stop() {
        kafka.destroy();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
