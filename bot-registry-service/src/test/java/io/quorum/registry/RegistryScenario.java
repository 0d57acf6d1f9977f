package io.quorum.registry;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.UserId;
import io.quorum.testkit.EmbeddedInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry on the embedded Kafka and PostgreSQL, called over HTTP as the gateway calls it, with a
 * fake allocation service and a fake grid engine. Every scenario class extending this shares one application context.
 */
@SpringBootTest(classes = RegistryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + RegistryApplication.CONFIG_NAME)
public abstract class RegistryScenario {

    protected static final String SECRET = "local-dev-gateway-secret";
    protected static final FakeAllocation ALLOCATION = new FakeAllocation();
    protected static final FakeGridEngine GRID_ENGINE = new FakeGridEngine();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "registry");
        registry.add("quorum.allocation.url", ALLOCATION::url);
        registry.add("quorum.services.grid-engine-url", GRID_ENGINE::url);
    }

    @Value("${local.server.port}")
    protected int port;

    /**
     * The client address the gateway would forward, one per test instance (a documentation address, RFC 3849), so
     * that the tests' sign-ups never share a sign-up limit with another test's.
     */
    protected final String clientAddress = "2001:db8::" + Integer.toHexString(CLIENTS.incrementAndGet());

    /** An answer: its status, and its body as JSON (null when empty). */
    public record Response(int status, String contentType, JsonNode body) {
        public String text(String field) {
            return body.path(field).asString();
        }
    }

    protected Response post(String path, UserId caller, String json) {
        return send("POST", path, caller, json, SECRET);
    }

    protected Response put(String path, UserId caller, String json) {
        return send("PUT", path, caller, json, SECRET);
    }

    protected Response get(String path, UserId caller) {
        return send("GET", path, caller, null, SECRET);
    }

    protected Response send(String method, String path, UserId caller, String json, String secret, String... headers) {
        List<String> all = new ArrayList<>(List.of(headers));
        if (caller != null) {
            all.addAll(List.of(GatewayHeaders.USER_ID, caller.toString()));
        }
        if (secret != null) {
            all.addAll(List.of(GatewayHeaders.SECRET, secret));
            // as the gateway does on every request it forwards, unless the test names an address itself
            if (!List.of(headers).contains(GatewayHeaders.CLIENT_ADDRESS)) {
                all.addAll(List.of(GatewayHeaders.CLIENT_ADDRESS, clientAddress));
            }
        }
        if (json != null) {
            all.addAll(List.of("Content-Type", "application/json"));
        }
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (!all.isEmpty()) {
            request.headers(all.toArray(String[]::new));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? null : JSON.readTree(response.body());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
