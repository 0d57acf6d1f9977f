package io.quorum.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.testkit.EmbeddedInfrastructure;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accounts through the real gateway and registry: sign up with a password, sign in for a JWT, make, use and revoke
 * API tokens, fail with wrong passwords and bad tokens — then no password, API token, JWT or the gateway secret may appear in anything
 * the services logged (our code at DEBUG, Spring's web layer at DEBUG, which logs request and answer objects) or in
 * any response body other than the one that hands it out.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccountSecretsEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String GATEWAY_SECRET = "account-secrets-secret";
    private static QuorumServices services;

    /** A response as text, and every one of them, to be scanned at the end. */
    private record Answer(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private final List<Answer> answers = new ArrayList<>();
    /** Bodies that hand a secret out on purpose: each may contain exactly that secret. */
    private final List<Answer> handOuts = new ArrayList<>();

    @BeforeAll
    static void startRegistryAndGateway() {
        EmbeddedInfrastructure infra = EmbeddedInfrastructure.get();
        services = new QuorumServices(
                new QuorumServices.Infrastructure(infra.kafkaBootstrapServers(), infra::jdbcUrl, "postgres", "postgres"),
                GATEWAY_SECRET, true, Map.of(
                        "quorum.kafka.partitions", 3,
                        "logging.level.root", "INFO",
                        "logging.level.io.quorum", "DEBUG",
                        "logging.level.org.springframework.web", "DEBUG",
                        "logging.level.org.springframework.cloud.gateway", "DEBUG"));
        services.start(QuorumService.REGISTRY);
        services.start(QuorumService.GATEWAY);
    }

    @AfterAll
    static void stopServices() {
        services.close();
    }

    private Answer call(String method, String path, String token, String json) {
        var request = HttpRequest.newBuilder(URI.create(services.url(QuorumService.GATEWAY) + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Answer answer = new Answer(response.statusCode(), response.body());
            answers.add(answer);
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Answer handOut(Answer answer) {
        handOuts.add(answer);
        return answer;
    }

    @Test
    void noPasswordTokenOrJwtLeaksIntoLogsOrErrorBodies(CapturedOutput output) {
        String email = "vera-" + UUID.randomUUID() + "@example.com";
        String password = "Vera's passphrase " + UUID.randomUUID();
        List<String> wrongPasswords = List.of("wrong passphrase " + UUID.randomUUID(), "another guess " + UUID.randomUUID());

        Answer tooShort = call("POST", "/api/users", null,
                JSON.writeValueAsString(Map.of("name", "vera", "email", email, "password", "short pw")));
        assertThat(tooShort.status()).isEqualTo(400);
        Answer signedUp = handOut(call("POST", "/api/users", null,
                JSON.writeValueAsString(Map.of("name", "vera", "email", email, "password", password))));
        assertThat(signedUp.status()).isEqualTo(201);
        String signUpToken = signedUp.json().path("apiToken").asString();

        for (String wrong : wrongPasswords) {
            Answer refused = call("POST", "/api/auth/sign-in", null,
                    JSON.writeValueAsString(Map.of("email", email, "password", wrong)));
            assertThat(refused.status()).isEqualTo(401);
        }
        assertThat(call("POST", "/api/auth/sign-in", null, JSON.writeValueAsString(
                Map.of("email", "nobody-" + UUID.randomUUID() + "@example.com", "password", password))).status()).isEqualTo(401);

        Answer signedIn = handOut(call("POST", "/api/auth/sign-in", null,
                JSON.writeValueAsString(Map.of("email", email, "password", password))));
        assertThat(signedIn.status()).isEqualTo(200);
        String jwt = signedIn.json().path("accessToken").asString();
        assertThat(call("GET", "/api/tokens", jwt, null).status()).isEqualTo(200);

        Answer created = handOut(call("POST", "/api/tokens", jwt, "{\"name\":\"nightly script\"}"));
        assertThat(created.status()).isEqualTo(201);
        String scriptToken = created.json().path("token").asString();
        String scriptTokenId = created.json().path("id").asString();
        assertThat(call("GET", "/api/bots", scriptToken, null).status()).isEqualTo(200);
        Answer listed = call("GET", "/api/tokens", scriptToken, null);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().path("items").size()).isEqualTo(2);

        // revoked with another credential; the gateway's cache of the script token gives out within its TTL
        assertThat(call("DELETE", "/api/tokens/" + scriptTokenId, signUpToken, null).status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> call("GET", "/api/bots", scriptToken, null).status() == 401);
        assertThat(call("GET", "/api/bots", signUpToken, null).status()).isEqualTo(200);

        // bad credentials of every kind
        assertThat(call("GET", "/api/bots", jwt.substring(0, jwt.length() - 4) + "AAAA", null).status()).isEqualTo(401);
        assertThat(call("GET", "/api/bots", scriptToken + "x", null).status()).isEqualTo(401);
        assertThat(call("DELETE", "/api/tokens/" + UUID.randomUUID(), jwt, null).status()).isEqualTo(404);
        assertThat(call("POST", "/api/users", null, JSON.writeValueAsString(
                Map.of("name", "vera", "email", email, "password", password))).status()).isEqualTo(409);

        List<String> secrets = new ArrayList<>(List.of(password, signUpToken, jwt, scriptToken, GATEWAY_SECRET));
        secrets.addAll(wrongPasswords);
        // the JWT's signature alone is secret enough to look for too
        secrets.add(jwt.substring(jwt.lastIndexOf('.') + 1));
        for (Answer answer : answers) {
            for (String secret : secrets) {
                boolean handedOut = handOuts.contains(answer) && answer.body().contains(secret);
                if (!handedOut) {
                    assertThat(answer.body()).as("a %d answer", answer.status()).doesNotContain(secret);
                }
            }
        }
        assertThat(signedUp.body()).doesNotContain(password);
        assertThat(signedIn.body()).doesNotContain(password);
        assertThat(output.getAll()).as("the services logged (DEBUG) what they did").contains("/api/auth/sign-in");
        for (String secret : secrets) {
            assertThat(output.getAll()).doesNotContain(secret);
        }
    }

    /**
     * Issue 6, item 4: the sign-up limit per client address holds across gateway instances, because the registry counts
     * it in its database. A second gateway in front of the same registry (as behind a load balancer): 20 sign-ups from
     * one address, alternately through either, then the 21st is refused by the registry — neither gateway's own bucket
     * of 20 is spent —; a client's own address header or X-Forwarded-For changes nothing; a restarted gateway (its
     * in-memory buckets new) is refused too; another address still signs up.
     */
    @Test
    void twoGatewaysShareOneSignUpLimitThatOutlivesAGatewayRestart() throws Exception {
        EmbeddedInfrastructure infra = EmbeddedInfrastructure.get();
        Map<String, Object> secondGateway = Map.of("quorum.services.registry-url", services.url(QuorumService.REGISTRY));
        try (QuorumServices second = new QuorumServices(
                new QuorumServices.Infrastructure(infra.kafkaBootstrapServers(), infra::jdbcUrl, "postgres", "postgres"),
                GATEWAY_SECRET, true, Map.of("logging.level.root", "WARN"))) {
            second.start(QuorumService.GATEWAY, secondGateway);
            // loopback addresses of this test's own: no other test's sign-ups share their limit
            HttpClient prober = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.44"))
                    .connectTimeout(Duration.ofSeconds(30)).build();
            HttpClient elsewhere = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.45"))
                    .connectTimeout(Duration.ofSeconds(30)).build();

            for (int i = 0; i < 20; i++) {
                int port = i % 2 == 0 ? services.port(QuorumService.GATEWAY) : second.port(QuorumService.GATEWAY);
                HttpResponse<String> signedUp = signUp(prober, port);
                assertThat(signedUp.statusCode()).as("sign-up %d: %s", i, signedUp.body()).isEqualTo(201);
            }

            HttpResponse<String> refused = signUp(prober, services.port(QuorumService.GATEWAY));
            assertThat(refused.statusCode()).isEqualTo(429);
            // the registry's answer: the gateway's own bucket (20 at once) has seen only 11 of them
            assertThat(JSON.readTree(refused.body()).path("title").asString()).isEqualTo("Too many sign-ups");
            assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 180L);

            HttpResponse<String> disguised = signUp(prober, second.port(QuorumService.GATEWAY),
                    "X-Quorum-Client-Address", "203.0.113.50", "X-Forwarded-For", "203.0.113.51");
            assertThat(disguised.statusCode()).isEqualTo(429);
            assertThat(JSON.readTree(disguised.body()).path("title").asString()).isEqualTo("Too many sign-ups");

            second.stop(QuorumService.GATEWAY);
            second.start(QuorumService.GATEWAY, secondGateway);
            HttpResponse<String> afterRestart = signUp(prober, second.port(QuorumService.GATEWAY));
            assertThat(afterRestart.statusCode()).isEqualTo(429);
            assertThat(JSON.readTree(afterRestart.body()).path("title").asString()).isEqualTo("Too many sign-ups");

            assertThat(signUp(elsewhere, second.port(QuorumService.GATEWAY)).statusCode()).isEqualTo(201);

            // straight to the registry with an address of one's choosing but without the gateway secret: refused
            HttpRequest direct = HttpRequest.newBuilder(URI.create(services.url(QuorumService.REGISTRY) + "/api/users"))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .header("X-Quorum-Client-Address", "203.0.113.52")
                    .POST(HttpRequest.BodyPublishers.ofString(signUpBody())).build();
            assertThat(HTTP.send(direct, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        }
    }

    private static String signUpBody() {
        return JSON.writeValueAsString(Map.of("name", "probe", "email", "probe-" + UUID.randomUUID() + "@example.com",
                "password", "probe passphrase " + UUID.randomUUID()));
    }

    private static HttpResponse<String> signUp(HttpClient from, int gatewayPort, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gatewayPort + "/api/users"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(signUpBody()));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return from.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
