package io.quorum.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.event.Topics;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.market.Instruments;
import io.quorum.execution.keys.MasterKey;
import io.quorum.testkit.EmbeddedInfrastructure;
import io.quorum.testkit.EventProbe;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Every service runs against a Kafka and a PostgreSQL it is only told the address of, configured by environment
 * variables alone — the very ones deploy/compose/compose.yaml gives it, with the hosts and secrets filled in — as a
 * container would be: each in a JVM of its own, no command-line property, no test-only code path.
 *
 * <p>The broker is a fresh single-node KRaft broker that creates no topic by itself ({@code auto.create.topics.enable}
 * off), so the topics must come from the services, with the partition count the environment asks for. The database is
 * a new one owned by a role that is not a superuser and cannot create databases or roles, so Flyway creates each
 * service's schema with that role's rights only. Then a user signs up through the gateway, starts a grid bot on the
 * replayed market, and the bot trades.
 *
 * <p>What differs from a container: the JVMs run on this module's test classpath (every service's classes) instead of
 * one service's jar, so the services other than the gateway are also told {@code SPRING_CLOUD_GATEWAY_SERVER_WEBFLUX_ENABLED=false}
 * (as the local launcher tells them), and the ports are free ones instead of the compose defaults.
 */
class ExternalInfrastructureTest {

    private static final int PARTITIONS = 4;
    private static final Symbol BTC = Symbol.of("BTCUSDT");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyServiceRunsOnExternalKafkaAndPostgresConfiguredByEnvironmentAlone() throws Exception {
        String run = "ext_" + ProcessHandle.current().pid();
        String role = "quorum_" + run;
        String password = UUID.randomUUID().toString();
        String database = "quorum_" + run;
        int postgresPort = EmbeddedInfrastructure.get().postgresPort();
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://localhost:" + postgresPort + "/postgres", "postgres", "postgres");
             Statement sql = admin.createStatement()) {
            sql.execute("create role " + role + " login password '" + password + "' nosuperuser nocreatedb nocreaterole");
            sql.execute("create database " + database + " owner " + role);
        }
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.brokerProperties(Map.of(
                "auto.create.topics.enable", "false",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "min.insync.replicas", "1",
                "offsets.topic.replication.factor", "1",
                "group.initial.rebalance.delay.ms", "0"));
        kafka.afterPropertiesSet();

        Map<String, String> variables = Map.of(
                "QUORUM_DB_USER", role,
                "QUORUM_DB_PASSWORD", password,
                "QUORUM_GATEWAY_SECRET", UUID.randomUUID().toString(),
                "QUORUM_MASTER_KEY", MasterKey.generateBase64(),
                "QUORUM_JWT_SIGNING_KEY", privateJwk(),
                "QUORUM_KAFKA_PARTITIONS", String.valueOf(PARTITIONS));
        Map<QuorumService, Integer> ports = new LinkedHashMap<>();
        for (QuorumService service : QuorumService.values()) {
            ports.put(service, ServiceProcess.choosePort());
        }
        Path logs = Path.of("target", "external-infrastructure");
        List<ServiceProcess> children = new ArrayList<>();
        try {
            Map<QuorumService, ServiceProcess> started = new LinkedHashMap<>();
            for (QuorumService service : QuorumService.values()) {
                if (service != QuorumService.GATEWAY) {
                    ServiceProcess child = ServiceProcess.launchWithEnvironment(service, ports.get(service),
                            environment(service, variables, ports, kafka.getBrokersAsString(), postgresPort, database), logs);
                    children.add(child);
                    started.put(service, child);
                }
            }
            started.values().forEach(child -> child.awaitHealthy(Duration.ofMinutes(10)));
            ServiceProcess gateway = ServiceProcess.launchWithEnvironment(QuorumService.GATEWAY, ports.get(QuorumService.GATEWAY),
                    environment(QuorumService.GATEWAY, variables, ports, kafka.getBrokersAsString(), postgresPort, database), logs);
            children.add(gateway);
            gateway.awaitHealthy(Duration.ofMinutes(5));

            // the probes' health groups, as Kubernetes asks them
            for (QuorumService service : QuorumService.values()) {
                for (String group : List.of("liveness", "readiness")) {
                    HttpResponse<String> probe = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + ports.get(service)
                            + "/actuator/health/" + group)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(probe.statusCode()).as("%s %s", service, group).isEqualTo(200);
                    assertThat(probe.body()).as("%s %s", service, group).contains("\"UP\"");
                }
            }

            // the services declared every topic and its dead-letter topic, with the partitions asked for
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString()))) {
                Set<String> names = Topics.all().stream()
                        .flatMap(topic -> java.util.stream.Stream.of(topic.name(), topic.deadLetterTopic())).collect(Collectors.toSet());
                Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames().get();
                assertThat(described.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(PARTITIONS));
            }

            // Flyway made each schema with the service's own role, which is no superuser
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + postgresPort + "/" + database, role, password);
                 Statement sql = connection.createStatement()) {
                try (ResultSet superuser = sql.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
                    assertThat(superuser.next()).isTrue();
                    assertThat(superuser.getBoolean(1)).isFalse();
                }
                Map<String, String> owners = new HashMap<>();
                try (ResultSet schemas = sql.executeQuery("select nspname, pg_get_userbyid(nspowner) from pg_namespace")) {
                    while (schemas.next()) {
                        owners.put(schemas.getString(1), schemas.getString(2));
                    }
                }
                for (QuorumService service : QuorumService.values()) {
                    if (service.schema() != null) {
                        assertThat(owners).as("schema %s", service.schema()).containsEntry(service.schema(), role);
                    }
                }
            }

            // and the stack trades: a user signs up, starts a grid bot around the replayed price, and it gets fills
            try (EventProbe probe = EventProbe.on(kafka.getBrokersAsString(), List.of(Topics.EXECUTIONS_NAME))) {
                GatewayClient anonymous = new GatewayClient("http://localhost:" + ports.get(QuorumService.GATEWAY), null);
                GatewayClient.Response signUp = anonymous.post("/api/users", Map.of("name", "olga", "email", "olga@example.com", "password", "olga end-to-end password"));
                assertThat(signUp.status()).as("sign-up: %s", signUp.body()).isEqualTo(201);
                GatewayClient olga = anonymous.as(signUp.body().get("apiToken").asString());
                BigDecimal price = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
                    GatewayClient.Response market = olga.get("/api/market/" + BTC.value());
                    return market.status() == 200 && market.body().hasNonNull("lastPrice")
                            ? new BigDecimal(market.body().get("lastPrice").asString()) : null;
                }, java.util.Objects::nonNull);
                Instrument btc = Instruments.of(BTC);
                GatewayClient.Response bot = olga.post("/api/bots", Map.of("name", "external grid", "kind", "GRID", "symbol", BTC.value(),
                        "budget", "2000", "leverage", 2, "grid", Map.of(
                                "lower", btc.tickBelow(price.multiply(new BigDecimal("0.99"))).toString(),
                                "upper", btc.tickAbove(price.multiply(new BigDecimal("1.01"))).toString(),
                                "gridCount", 10, "spacing", "ARITHMETIC")));
                assertThat(bot.status()).as("create the bot: %s", bot.body()).isEqualTo(201);
                BotId botId = BotId.of(bot.body().get("id").asString());
                assertThat(olga.post("/api/bots/" + botId + "/start", Map.of()).status()).isEqualTo(200);

                await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> probe.events(OrderFilled.class).stream().anyMatch(fill -> fill.botId().equals(botId)));
                assertThat(olga.get("/api/bots/" + botId).body().get("status").asString()).isEqualTo("RUNNING");
            }
        } finally {
            children.forEach(ServiceProcess::close);
            kafka.destroy();
        }
    }

    /**
     * The compose service's environment, resolved from {@code variables} as Compose would, with compose's host names
     * replaced by where this test's broker, database and services listen.
     */
    private static Map<String, String> environment(QuorumService service, Map<String, String> variables, Map<QuorumService, Integer> ports,
                                                   String kafka, int postgresPort, String database) {
        Map<String, String> environment = new LinkedHashMap<>();
        DeploymentFiles.composeEnvironment(DeploymentFiles.moduleOf(service), variables).forEach((name, value) -> {
            String local = value.replace("kafka:9092", kafka)
                    .replace("//postgres:5432/quorum?", "//localhost:" + postgresPort + "/" + database + "?");
            for (QuorumService other : QuorumService.values()) {
                local = local.replace("http://" + DeploymentFiles.moduleOf(other) + ":" + other.defaultPort(),
                        "http://localhost:" + ports.get(other));
            }
            environment.put(name, local);
        });
        assertThat(environment.values()).as("%s: a compose host left unmapped", service)
                .noneMatch(value -> value.contains("kafka:9092") || value.contains("//postgres:") || value.matches(".*http://[a-z-]+-service:.*"));
        if (service != QuorumService.GATEWAY) {
            // this test's classpath has the gateway's classes too; a service's own jar has not
            environment.put("SPRING_CLOUD_GATEWAY_SERVER_WEBFLUX_ENABLED", "false");
        }
        environment.put("LOGGING_LEVEL_ROOT", "WARN");
        return environment;
    }

    /** A fresh private P-256 JWK, the form the registry's token signing key takes. */
    private static String privateJwk() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        ECPublicKey publicKey = (ECPublicKey) pair.getPublic();
        return "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"external-test\",\"x\":\"" + coordinate(publicKey.getW().getAffineX())
                + "\",\"y\":\"" + coordinate(publicKey.getW().getAffineY()) + "\",\"d\":\""
                + coordinate(((ECPrivateKey) pair.getPrivate()).getS()) + "\"}";
    }

    private static String coordinate(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] fixed = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(fixed);
    }
}
