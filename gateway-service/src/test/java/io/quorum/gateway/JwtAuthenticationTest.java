package io.quorum.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.UserId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * JWTs the gateway verifies itself: the platform's own (keys from the registry's JWK set) and an external OpenID
 * Connect issuer's (keys found through its discovery document), against fakes of both on JDK HttpServers.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + GatewayApplication.CONFIG_NAME, "spring.main.web-application-type=reactive",
                "quorum.gateway.oidc.audience=quorum-web", "quorum.gateway.oidc.name-claim=preferred_username",
                "quorum.gateway.jwt.keys-refresh-interval=PT0S"})
class JwtAuthenticationTest {

    private static final String SECRET = "local-dev-gateway-secret";
    private static final FakeRegistry REGISTRY = new FakeRegistry();
    private static final FakeOidcIssuer OIDC = new FakeOidcIssuer();
    private static final FakeService EXECUTION = new FakeService(request -> new FakeService.Answer(200, "[]"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("quorum.services.registry-url", REGISTRY::url);
        registry.add("quorum.services.execution-url", EXECUTION::url);
        registry.add("quorum.gateway.oidc.issuer-uri", OIDC::issuer);
    }

    @Value("${local.server.port}")
    int port;

    private final UserId alice = UserId.random();

    private HttpResponse<String> call(String method, String path, String body, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(java.time.Duration.ofSeconds(30))
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

    /** The path a test's request went to, so requests of different tests are told apart. */
    private static String freshPath() {
        return "/api/orders/" + UUID.randomUUID();
    }

    private HttpResponse<String> withToken(String path, String token) {
        return call("GET", path, null, "Authorization", "Bearer " + token);
    }

    private static JWTClaimsSet platformClaims(UserId user) {
        return TestJwts.claims("quorum", "quorum-api", user.toString()).build();
    }

    private void assertRefused(String token) {
        String path = freshPath();
        var response = withToken(path, token);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain(token);
        assertThat(EXECUTION.received(path)).isEmpty();
    }

    @Test
    void aPlatformTokenIsForwardedAsItsSubjectWithoutTheToken() {
        String path = freshPath();
        String token = REGISTRY.signer().sign(platformClaims(alice));

        var response = call("GET", path, null, "Authorization", "Bearer " + token, GatewayHeaders.USER_ID, UserId.random().toString());

        assertThat(response.statusCode()).isEqualTo(200);
        FakeService.Received forwarded = EXECUTION.received(path).getFirst();
        assertThat(forwarded.header(GatewayHeaders.USER_ID)).isEqualTo(alice.toString());
        assertThat(forwarded.header(GatewayHeaders.SECRET)).isEqualTo(SECRET);
        assertThat(forwarded.header("Authorization")).isNull();
        assertThat(REGISTRY.service().received("/internal/auth/resolve"))
                .noneMatch(r -> ("Bearer " + token).equals(r.header("Authorization")));
    }

    @Test
    void theRegistrysKeySetIsAskedForWithTheSecretAndKeptNotAskedPerRequest() {
        for (int i = 0; i < 3; i++) {
            assertThat(withToken(freshPath(), REGISTRY.signer().sign(platformClaims(alice))).statusCode()).isEqualTo(200);
        }
        var asked = REGISTRY.service().received("/internal/auth/jwks");
        assertThat(asked).isNotEmpty().allSatisfy(r -> assertThat(r.header(GatewayHeaders.SECRET)).isEqualTo(SECRET));
        int before = asked.size();
        assertThat(withToken(freshPath(), REGISTRY.signer().sign(platformClaims(alice))).statusCode()).isEqualTo(200);
        assertThat(REGISTRY.service().received("/internal/auth/jwks")).hasSize(before);
    }

    @Test
    void badPlatformTokensAreRefused() {
        Instant past = Instant.now().minusSeconds(600);
        TestJwts signer = REGISTRY.signer();
        assertRefused(signer.sign(new JWTClaimsSet.Builder(platformClaims(alice))
                .issueTime(Date.from(past.minusSeconds(900))).expirationTime(Date.from(past)).build()));
        assertRefused(signer.sign(TestJwts.claims("quorum-evil", "quorum-api", alice.toString()).build()));
        assertRefused(signer.sign(TestJwts.claims("quorum", "another-api", alice.toString()).build()));
        assertRefused(signer.sign(new JWTClaimsSet.Builder(platformClaims(alice)).audience(List.of()).build()));
        assertRefused(signer.sign(new JWTClaimsSet.Builder(platformClaims(alice)).expirationTime(null).build()));
        assertRefused(signer.tampered(platformClaims(alice), UserId.random().toString()));
        assertRefused(new TestJwts(TestJwts.ecKey()).sign(platformClaims(alice), signer.keyId()));
        assertRefused(TestJwts.unsigned(platformClaims(alice)));
        assertRefused(signer.hmacWithPublicKey(platformClaims(alice)));
        assertRefused(signer.sign(TestJwts.claims("quorum", "quorum-api", "not-a-user-id").build()));
        assertRefused("a.b.c");
        // the external issuer's key cannot sign for the platform
        assertRefused(OIDC.jwts().sign(platformClaims(alice)));
    }

    @Test
    void aRotatedPlatformKeyIsFetchedWhenATokenNamesIt() {
        TestJwts rotated = REGISTRY.rotateKey();

        assertThat(withToken(freshPath(), rotated.sign(platformClaims(alice))).statusCode()).isEqualTo(200);
    }

    @Test
    void aRotationKeepsThePreviousKeysTokensWorkingUntilTheRegistryStopsPublishingIt() {
        TestJwts first = REGISTRY.publish(new TestJwts(TestJwts.ecKey()));
        String signedByFirst = first.sign(platformClaims(alice));
        assertThat(withToken(freshPath(), signedByFirst).statusCode()).isEqualTo(200);

        // rotation: the registry signs with a second key and still publishes the first
        TestJwts second = REGISTRY.publish(new TestJwts(TestJwts.ecKey()), first);
        assertThat(withToken(freshPath(), second.sign(platformClaims(alice))).statusCode()).isEqualTo(200);
        assertThat(withToken(freshPath(), signedByFirst).statusCode()).isEqualTo(200);

        // the next rotation drops the first key: the gateway learns it when it meets the third key's tokens
        TestJwts third = REGISTRY.publish(new TestJwts(TestJwts.ecKey()), second);
        assertThat(withToken(freshPath(), third.sign(platformClaims(alice))).statusCode()).isEqualTo(200);
        assertThat(withToken(freshPath(), second.sign(platformClaims(alice))).statusCode()).isEqualTo(200);
        assertRefused(signedByFirst);
    }

    @Test
    void anExternalIssuersTokenIsForwardedAsTheUserTheRegistryLinkedToItsSubject() {
        String subject = "kc-" + UUID.randomUUID();
        String token = OIDC.jwts().sign(TestJwts.claims(OIDC.issuer(), "quorum-web", subject)
                .claim("preferred_username", "olga").build());
        String path = freshPath();

        var response = withToken(path, token);

        assertThat(response.statusCode()).isEqualTo(200);
        UserId linked = REGISTRY.externalUser(OIDC.issuer(), subject);
        assertThat(linked).isNotNull();
        assertThat(EXECUTION.received(path).getFirst().header(GatewayHeaders.USER_ID)).isEqualTo(linked.toString());
        FakeService.Received asked = REGISTRY.service().received("/internal/auth/external").stream()
                .filter(r -> r.body().contains(subject)).findFirst().orElseThrow();
        assertThat(asked.header(GatewayHeaders.SECRET)).isEqualTo(SECRET);
        assertThat(asked.body()).contains("\"name\":\"olga\"").contains(OIDC.issuer());

        // the link is kept: the next token of the same subject does not ask the registry again
        String again = freshPath();
        assertThat(withToken(again, OIDC.jwts().sign(TestJwts.claims(OIDC.issuer(), "quorum-web", subject).build()))
                .statusCode()).isEqualTo(200);
        assertThat(EXECUTION.received(again).getFirst().header(GatewayHeaders.USER_ID)).isEqualTo(linked.toString());
        assertThat(REGISTRY.service().received("/internal/auth/external").stream()
                .filter(r -> r.body().contains(subject))).hasSize(1);
        // the issuer never sees Quorum's secret
        assertThat(OIDC.server().received("/realms/quorum/protocol/openid-connect/certs"))
                .isNotEmpty().allSatisfy(r -> assertThat(r.header(GatewayHeaders.SECRET)).isNull());
    }

    @Test
    void badExternalTokensAreRefused() {
        TestJwts issuer = OIDC.jwts();
        String subject = "kc-" + UUID.randomUUID();
        Instant past = Instant.now().minusSeconds(600);
        JWTClaimsSet good = TestJwts.claims(OIDC.issuer(), "quorum-web", subject).build();

        assertRefused(issuer.sign(new JWTClaimsSet.Builder(good).issueTime(Date.from(past.minusSeconds(900)))
                .expirationTime(Date.from(past)).build()));
        assertRefused(issuer.sign(new JWTClaimsSet.Builder(good).issuer(OIDC.issuer() + "-other").build()));
        assertRefused(issuer.sign(new JWTClaimsSet.Builder(good).audience("someone-else").build()));
        assertRefused(new TestJwts(TestJwts.rsaKey()).sign(good, issuer.keyId()));
        assertRefused(issuer.tampered(good, "kc-admin"));
        assertRefused(TestJwts.unsigned(good));
        assertRefused(issuer.hmacWithPublicKey(good));
        assertRefused(issuer.sign(new JWTClaimsSet.Builder(good).subject(null).build()));

        assertThat(REGISTRY.externalUser(OIDC.issuer(), subject)).as("no user made for a refused token").isNull();
        assertThat(REGISTRY.externalUser(OIDC.issuer(), "kc-admin")).isNull();
    }

    @Test
    void signInPassesWithoutATokenAndApiTokensAreTheRegistrys() {
        var signIn = call("POST", "/api/auth/sign-in", "{\"email\":\"a@example.com\",\"password\":\"pw\"}",
                "Content-Type", "application/json", GatewayHeaders.USER_ID, alice.toString());
        assertThat(signIn.statusCode()).isEqualTo(201); // the fake registry's answer to any POST
        FakeService.Received forwarded = REGISTRY.service().received("/api/auth/sign-in").getLast();
        assertThat(forwarded.header(GatewayHeaders.SECRET)).isEqualTo(SECRET);
        assertThat(forwarded.header(GatewayHeaders.USER_ID)).isNull();

        assertThat(call("GET", "/api/tokens", null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/auth/anything-else", null).statusCode()).isEqualTo(401);
        String token = REGISTRY.signer().sign(platformClaims(alice));
        assertThat(withToken("/api/tokens", token).statusCode()).isEqualTo(200);
        assertThat(REGISTRY.service().received("/api/tokens").getLast().header(GatewayHeaders.USER_ID)).isEqualTo(alice.toString());
    }
}
