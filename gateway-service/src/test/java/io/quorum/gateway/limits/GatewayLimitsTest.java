package io.quorum.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.UserId;
import io.quorum.gateway.FakeRegistry;
import io.quorum.gateway.FakeService;
import io.quorum.gateway.GatewayApplication;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway's limits with a rate no test can outrun (one request a minute after a burst of three)
 * and a 1 KB body limit: refusals are counted, not timed.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + GatewayApplication.CONFIG_NAME, "spring.main.web-application-type=reactive",
                "quorum.gateway.limits.requests-per-minute=1", "quorum.gateway.limits.burst=3",
                "quorum.gateway.limits.max-body-size=1KB",
                "quorum.gateway.limits.sign-ups-per-hour=1", "quorum.gateway.limits.sign-up-burst=3",
                // a loaded machine must not turn a slow token lookup into a 503
                "quorum.gateway.resolve-timeout=PT60S"})
class GatewayLimitsTest {

    private static final FakeRegistry REGISTRY = new FakeRegistry();
    private static final FakeService EXECUTION = new FakeService(request -> new FakeService.Answer(200, "{\"ok\":true}"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("quorum.services.registry-url", REGISTRY::url);
        registry.add("quorum.services.execution-url", EXECUTION::url);
    }

    @Value("${local.server.port}")
    int port;

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> get(String path, String token) {
        return send(request(path).header("Authorization", "Bearer " + token).GET());
    }

    @Test
    void aUserBeyondTheBurstIsRefusedWith429AndRetryAfterWhileAnotherUserIsServed() {
        String alice = REGISTRY.tokenFor(UserId.random());
        String path = "/api/orders/" + UserId.random();
        for (int i = 0; i < 3; i++) {
            assertThat(get(path, alice).statusCode()).isEqualTo(200);
        }

        var refused = get(path, alice);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(refused.body()).contains("\"status\":429").contains("too many requests");
        assertThat(EXECUTION.received(path)).hasSize(3);
        assertThat(get("/api/positions", REGISTRY.tokenFor(UserId.random())).statusCode()).isEqualTo(200);
    }

    @Test
    void aUserIsCountedByWhoTheyAreNotByWhichTokenTheyUse() {
        UserId carol = UserId.random();
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/positions", REGISTRY.tokenFor(carol)).statusCode()).isEqualTo(200);
        }

        assertThat(get("/api/positions", REGISTRY.tokenFor(carol)).statusCode()).isEqualTo(429);
    }

    @Test
    void requestsWithoutAUserAreCountedByClientAddress() {
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 6; i++) {
            var response = send(request("/api/users").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"n" + i + "\"}")));
            if (response.statusCode() == 429) {
                refused++;
                assertThat(response.headers().firstValue("Retry-After")).isPresent();
            } else {
                accepted++;
            }
        }

        // this test is the only one calling without a user, so the address's bucket starts full
        assertThat(accepted).isEqualTo(3);
        assertThat(refused).isEqualTo(3);
    }

    @Test
    void signUpsHaveASmallerBucketPerAddressOfTheirOwn() throws Exception {
        // from another loopback address, so this address's buckets are its own whatever ran before
        HttpClient other = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2"))
                .connectTimeout(Duration.ofSeconds(30)).build();
        HttpRequest signUp = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/users"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"probe\"}")).build();
        for (int i = 0; i < 3; i++) {
            assertThat(other.send(signUp, HttpResponse.BodyHandlers.ofString()).statusCode()).isNotEqualTo(429);
        }

        HttpResponse<String> refused = other.send(signUp, HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(429);
        // one sign-up an hour (less the seconds this test took), where the general bucket would refill in a minute
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(61L, 3600L);
        assertThat(refused.body()).contains("\"status\":429");
        // the address's general bucket was not spent on sign-ups: sign-in still passes
        HttpRequest signIn = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/auth/sign-in"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"a@example.com\",\"password\":\"pw\"}")).build();
        assertThat(other.send(signIn, HttpResponse.BodyHandlers.ofString()).statusCode()).isNotEqualTo(429);
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedWith413AndNeverForwarded() {
        String token = REGISTRY.tokenFor(UserId.random());

        var response = send(request("/api/keys").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"apiKey\":\"" + "k".repeat(2000) + "\"}")));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":413").contains("larger than 1024 bytes");
        assertThat(EXECUTION.received("/api/keys")).isEmpty();
    }

    @Test
    void aChunkedBodyIsReadUpToTheLimitOnly() {
        String token = REGISTRY.tokenFor(UserId.random());
        byte[] large = ("{\"apiKey\":\"" + "k".repeat(5000) + "\"}").getBytes();

        var response = send(request("/api/executions/large").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(EXECUTION.received("/api/executions/large")).isEmpty();
    }

    @Test
    void aChunkedBodyWithinTheLimitIsForwardedByteForByte() {
        String token = REGISTRY.tokenFor(UserId.random());
        String body = "{\"note\":\"" + "é".repeat(100) + "\"}";

        var response = send(request("/api/executions/small").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes()))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(EXECUTION.received("/api/executions/small")).singleElement()
                .satisfies(forwarded -> assertThat(forwarded.body()).isEqualTo(body));
    }
}
