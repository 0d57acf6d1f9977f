package io.quorum.launcher;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.UserId;
import io.quorum.testkit.EmbeddedInfrastructure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The set-up of the end-to-end tests that start only the services they are about, each with settings of its own:
 * a Kafka and a PostgreSQL of their own (nothing another test class wrote is in them, so the test may reason about
 * every row), Quorum's services on them as each test starts them, called directly — not through the gateway — with
 * the headers the gateway adds, and read in their databases. Closing it closes the services, then the infrastructure.
 */
final class DirectQuorum implements AutoCloseable {

    /** A service's answer: its status and its JSON body, null when it had none. */
    record Answer(int status, JsonNode body) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EmbeddedInfrastructure infra = EmbeddedInfrastructure.isolated();
    private final QuorumServices services;
    private final String secret;
    private final Duration requestTimeout;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    /**
     * @param secret         the gateway's secret the services are given and the calls carry
     * @param requestTimeout how long a call waits for its answer
     * @param settings       every service's settings on top of three partitions a topic and WARN logging
     */
    DirectQuorum(String secret, Duration requestTimeout, Map<String, Object> settings) {
        this.secret = secret;
        this.requestTimeout = requestTimeout;
        Map<String, Object> common = new HashMap<>(Map.of("quorum.kafka.partitions", 3, "logging.level.root", "WARN"));
        common.putAll(settings);
        services = new QuorumServices(
                new QuorumServices.Infrastructure(infra.kafkaBootstrapServers(), infra::jdbcUrl, "postgres", "postgres"),
                secret, true, common);
    }

    QuorumServices services() {
        return services;
    }

    String kafkaBootstrapServers() {
        return infra.kafkaBootstrapServers();
    }

    /** A call as the gateway makes it for {@code user}: its secret, the user's id, a JSON body or none. */
    Answer send(String base, String method, String path, UserId user, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(requestTimeout)
                .header(GatewayHeaders.SECRET, secret)
                .header(GatewayHeaders.USER_ID, user.toString())
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body().isBlank() ? null : JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A connection to one service's schema. */
    Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection(infra.jdbcUrl(schema), "postgres", "postgres");
    }

    @Override
    public void close() {
        try {
            services.close();
        } finally {
            infra.close();
        }
    }
}
