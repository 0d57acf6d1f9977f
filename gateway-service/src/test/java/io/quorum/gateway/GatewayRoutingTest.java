package io.quorum.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.UserId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The gateway in front of a fake registry and a fake execution service, with the launcher's classpath (MVC, JDBC, Kafka) around it. */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + GatewayApplication.CONFIG_NAME, "spring.main.web-application-type=reactive"})
class GatewayRoutingTest {

    private static final String SECRET = "local-dev-gateway-secret";
    private static final FakeRegistry REGISTRY = new FakeRegistry();
    private static final FakeService EXECUTION = new FakeService(request -> new FakeService.Answer(200, "[]"));
    private static final FakeService GRID_ENGINE = new FakeService(request -> new FakeService.Answer(200, "{\"service\":\"grid-engine\"}"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("quorum.services.registry-url", REGISTRY::url);
        registry.add("quorum.services.execution-url", EXECUTION::url);
        registry.add("quorum.services.grid-engine-url", GRID_ENGINE::url);
    }

    @Value("${local.server.port}")
    int port;

    @Value("${quorum.gateway.token-cache-ttl}")
    Duration tokenCacheTtl;

    private final UserId alice = UserId.random();

    private HttpResponse<String> call(String method, String path, String body, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRequestWithoutATokenIsUnauthorizedAndNeverReachesTheService() {
        String path = "/api/orders/" + UserId.random();

        var response = call("GET", path, null, GatewayHeaders.USER_ID, alice.toString(), GatewayHeaders.SECRET, SECRET);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":401");
        assertThat(EXECUTION.received(path)).isEmpty();
    }

    @Test
    void anUnknownTokenIsUnauthorized() {
        String path = "/api/orders/" + UserId.random();

        var response = call("GET", path, null, "Authorization", "Bearer not-a-known-token");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(EXECUTION.received(path)).isEmpty();
    }

    @Test
    void aValidTokenIsForwardedAsTheUserWithTheSecretReplacingWhatTheClientClaimed() throws Exception {
        String token = REGISTRY.tokenFor(alice);
        String path = "/api/orders/" + UserId.random();

        var response = call("GET", path, null, "Authorization", "Bearer " + token,
                GatewayHeaders.USER_ID, UserId.random().toString(),
                GatewayHeaders.SECRET, "forged",
                GatewayHeaders.CLIENT_ADDRESS, "203.0.113.9",
                "X-Quorum-Role", "admin");

        assertThat(response.statusCode()).isEqualTo(200);
        FakeService.Received forwarded = EXECUTION.received(path).getFirst();
        assertThat(forwarded.header(GatewayHeaders.USER_ID)).isEqualTo(alice.toString());
        assertThat(forwarded.header(GatewayHeaders.SECRET)).isEqualTo(SECRET);
        // the address the gateway saw the request come from (this test's loopback), not the one the client claimed
        assertThat(java.net.InetAddress.getByName(forwarded.header(GatewayHeaders.CLIENT_ADDRESS)).isLoopbackAddress())
                .as(forwarded.header(GatewayHeaders.CLIENT_ADDRESS)).isTrue();
        assertThat(forwarded.headers().keySet()).filteredOn(name -> name.startsWith("x-quorum-"))
                .containsExactlyInAnyOrder("x-quorum-user-id", "x-quorum-gateway-secret", "x-quorum-client-address");
        assertThat(forwarded.header("Authorization")).isNull();
        var resolve = REGISTRY.service().received("/internal/auth/resolve").stream()
                .filter(r -> ("Bearer " + token).equals(r.header("Authorization"))).toList();
        assertThat(resolve).hasSize(1);
        assertThat(resolve.getFirst().header(GatewayHeaders.SECRET)).isEqualTo(SECRET);
    }

    @Test
    void aResolvedTokenIsRememberedForFollowingRequests() {
        String token = REGISTRY.tokenFor(alice);

        for (int i = 0; i < 3; i++) {
            assertThat(call("GET", "/api/positions", null, "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
        }

        assertThat(REGISTRY.service().received("/internal/auth/resolve").stream()
                .filter(r -> ("Bearer " + token).equals(r.header("Authorization")))).hasSize(1);
    }

    @Test
    void aTokenRevokedAtTheRegistryIsRefusedOnceTheCacheTtlHasPassed() {
        String token = REGISTRY.tokenFor(alice);
        assertThat(call("GET", "/api/positions", null, "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);

        REGISTRY.revoke(token);

        // the bound: the gateway trusts a resolved token for at most token-cache-ttl, 5 s by default
        assertThat(tokenCacheTtl).isEqualTo(Duration.ofSeconds(5));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                call("GET", "/api/positions", null, "Authorization", "Bearer " + token).statusCode() == 401);
    }

    @Test
    void signUpPassesWithoutATokenCarryingTheSecretButNoUser() {
        String email = "bob-" + UserId.random() + "@example.com";

        var response = call("POST", "/api/users", "{\"name\":\"bob\",\"email\":\"" + email + "\"}",
                "Content-Type", "application/json", GatewayHeaders.USER_ID, alice.toString());

        assertThat(response.statusCode()).isEqualTo(201);
        FakeService.Received forwarded = REGISTRY.service().received("/api/users").stream()
                .filter(r -> r.body().contains(email)).findFirst().orElseThrow();
        assertThat(forwarded.header(GatewayHeaders.SECRET)).isEqualTo(SECRET);
        assertThat(forwarded.header(GatewayHeaders.USER_ID)).isNull();
    }

    @Test
    void aSignUpCarriesTheAddressItCameFromWhateverTheClientClaims() throws Exception {
        String email = "carl-" + UserId.random() + "@example.com";
        // from a loopback address of its own, so the address forwarded is known exactly
        HttpClient from = HttpClient.newBuilder().localAddress(java.net.InetAddress.getByName("127.0.0.3"))
                .connectTimeout(Duration.ofSeconds(30)).build();
        HttpRequest signUp = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/users"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header(GatewayHeaders.CLIENT_ADDRESS, "203.0.113.9")
                .header("X-Forwarded-For", "203.0.113.10")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"carl\",\"email\":\"" + email + "\"}"))
                .build();

        assertThat(from.send(signUp, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);

        FakeService.Received forwarded = REGISTRY.service().received("/api/users").stream()
                .filter(r -> r.body().contains(email)).findFirst().orElseThrow();
        assertThat(forwarded.header(GatewayHeaders.CLIENT_ADDRESS)).isEqualTo("127.0.0.3");
    }

    @Test
    void aSignUpOverIpv6CarriesTheSlash64ItCameFrom() throws Exception {
        try (var probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("::1"))) {
            assertThat(probe.getLocalPort()).isPositive();
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("this machine has no IPv6 loopback: " + e);
        }
        String email = "dora-" + UserId.random() + "@example.com";
        HttpClient from = HttpClient.newBuilder().localAddress(java.net.InetAddress.getByName("::1"))
                .connectTimeout(Duration.ofSeconds(30)).build();
        HttpRequest signUp = HttpRequest.newBuilder(URI.create("http://[::1]:" + port + "/api/users"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"dora\",\"email\":\"" + email + "\"}"))
                .build();

        assertThat(from.send(signUp, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);

        FakeService.Received forwarded = REGISTRY.service().received("/api/users").stream()
                .filter(r -> r.body().contains(email)).findFirst().orElseThrow();
        // every address of the loopback's /64 (only ::1 in it) is one client
        assertThat(forwarded.header(GatewayHeaders.CLIENT_ADDRESS)).isEqualTo("0:0:0:0:0:0:0:0/64");
    }

    @Test
    void listingUsersIsNotSignUpAndNeedsAToken() {
        assertThat(call("GET", "/api/users", null).statusCode()).isEqualTo(401);
    }

    @Test
    void theBotsOfTheRegistryAreRoutedThere() {
        String token = REGISTRY.tokenFor(alice);

        var response = call("GET", "/api/bots", null, "Authorization", "Bearer " + token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(REGISTRY.service().received("/api/bots").getLast().header(GatewayHeaders.USER_ID))
                .isEqualTo(alice.toString());
    }

    @Test
    void theAuditTrailIsTheRegistrysAndReadAsTheCaller() {
        String token = REGISTRY.tokenFor(alice);

        var all = call("GET", "/api/audit?limit=10", null, "Authorization", "Bearer " + token);
        var ofBot = call("GET", "/api/bots/" + UserId.random() + "/audit", null, "Authorization", "Bearer " + token);

        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains("registry");
        assertThat(ofBot.body()).contains("registry");
        assertThat(REGISTRY.service().received("/api/audit").getLast().header(GatewayHeaders.USER_ID))
                .isEqualTo(alice.toString());
    }

    @Test
    void aGridConfigGoesToTheRegistryWhileTheRestOfTheGridGoesToTheGridEngine() {
        String token = REGISTRY.tokenFor(alice);
        String bot = UserId.random().toString();
        String config = "/api/grid-bot/" + bot + "/config";
        String orders = "/api/grid-bot/" + bot + "/orders";

        var read = call("GET", config, null, "Authorization", "Bearer " + token);
        var written = call("PUT", config, "{\"gridCount\":10}", "Authorization", "Bearer " + token,
                "Content-Type", "application/json");
        var listed = call("GET", orders, null, "Authorization", "Bearer " + token);
        var previewed = call("POST", "/api/grid-bot/preview", "{}", "Authorization", "Bearer " + token,
                "Content-Type", "application/json");

        assertThat(read.body()).contains("registry");
        assertThat(written.body()).contains("registry");
        assertThat(REGISTRY.service().received(config)).extracting(FakeService.Received::method)
                .containsExactly("GET", "PUT");
        assertThat(REGISTRY.service().received(config).getLast().header(GatewayHeaders.USER_ID))
                .isEqualTo(alice.toString());
        assertThat(REGISTRY.service().received(config).getLast().body()).isEqualTo("{\"gridCount\":10}");
        assertThat(GRID_ENGINE.received(config)).isEmpty();
        assertThat(listed.body()).contains("grid-engine");
        assertThat(previewed.body()).contains("grid-engine");
        assertThat(GRID_ENGINE.received(orders)).hasSize(1);
        assertThat(GRID_ENGINE.received("/api/grid-bot/preview")).hasSize(1);
        assertThat(REGISTRY.service().received(orders)).isEmpty();
    }

    @Test
    void exchangeKeysGoToTheExecutionServiceAsTheCallerWithTheBodyUntouched() {
        String token = REGISTRY.tokenFor(alice);
        String body = "{\"venue\":\"DEMO\",\"apiKey\":\"K1234567890\",\"apiSecret\":\"S1234567890\",\"label\":\"main\"}";

        var stored = call("PUT", "/api/keys", body, "Authorization", "Bearer " + token, "Content-Type", "application/json");
        var listed = call("GET", "/api/keys", null, "Authorization", "Bearer " + token);
        var deleted = call("DELETE", "/api/keys/DEMO", null, "Authorization", "Bearer " + token);

        assertThat(List.of(stored.statusCode(), listed.statusCode(), deleted.statusCode())).containsOnly(200);
        assertThat(EXECUTION.received("/api/keys")).extracting(FakeService.Received::method).containsExactly("PUT", "GET");
        FakeService.Received put = EXECUTION.received("/api/keys").getFirst();
        assertThat(put.body()).isEqualTo(body);
        assertThat(put.header(GatewayHeaders.USER_ID)).isEqualTo(alice.toString());
        assertThat(EXECUTION.received("/api/keys/DEMO")).extracting(FakeService.Received::method).containsExactly("DELETE");
        assertThat(call("PUT", "/api/keys", body, "Content-Type", "application/json").statusCode()).isEqualTo(401);
    }

    @Test
    void theReconciliationStateGoesToTheExecutionServiceAsTheCaller() {
        String token = REGISTRY.tokenFor(alice);

        var state = call("GET", "/api/reconciliation", null, "Authorization", "Bearer " + token);

        assertThat(state.statusCode()).isEqualTo(200);
        assertThat(EXECUTION.received("/api/reconciliation")).singleElement()
                .satisfies(received -> assertThat(received.header(GatewayHeaders.USER_ID)).isEqualTo(alice.toString()));
        assertThat(call("GET", "/api/reconciliation", null).statusCode()).isEqualTo(401);
    }

    @Test
    void internalEndpointsAreNotReachableThroughTheGateway() {
        String token = REGISTRY.tokenFor(alice);

        assertThat(call("POST", "/internal/auth/resolve", null, "Authorization", "Bearer " + token).statusCode())
                .isEqualTo(404);
    }

    @Test
    void healthAndPrometheusAreExposed() {
        assertThat(call("GET", "/actuator/health", null).statusCode()).isEqualTo(200);
        var metrics = call("GET", "/actuator/prometheus", null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_");
    }
}
