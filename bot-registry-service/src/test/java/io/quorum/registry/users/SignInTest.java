package io.quorum.registry.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.quorum.registry.RegistryScenario;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SignInTest extends RegistryScenario {

    private static final String PASSWORD = "a long enough passphrase";

    private final String email = "sam-" + UUID.randomUUID() + "@example.com";

    private String signUp() {
        Response created = post("/api/users", null,
                "{\"name\":\"sam\",\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, PASSWORD));
        assertThat(created.status()).isEqualTo(201);
        return created.text("userId");
    }

    private Response signIn(String email, String password) {
        return post("/api/auth/sign-in", null, "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password));
    }

    @Test
    void theRightPasswordGetsAnEs256AccessTokenForTheUserThatTheJwkSetVerifies() throws Exception {
        String userId = signUp();
        Instant before = Instant.now().minusSeconds(1);

        Response signedIn = signIn(email.toUpperCase(), PASSWORD);

        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.text("tokenType")).isEqualTo("Bearer");
        assertThat(signedIn.body().toString()).doesNotContain(PASSWORD);
        SignedJWT jwt = SignedJWT.parse(signedIn.text("accessToken"));
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);

        Response jwks = get("/internal/auth/jwks", null);
        assertThat(jwks.status()).isEqualTo(200);
        JWKSet keys = JWKSet.parse(jwks.body().toString());
        ECKey key = (ECKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).isNotNull();
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwks.body().toString()).doesNotContain("\"d\"");
        assertThat(jwt.verify(new ECDSAVerifier(key))).isTrue();

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("quorum");
        assertThat(claims.getAudience()).containsExactly("quorum-api");
        assertThat(claims.getSubject()).isEqualTo(userId);
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getIssueTime().toInstant()).isAfterOrEqualTo(before.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(Instant.parse(signedIn.text("expiresAt"))).isEqualTo(claims.getExpirationTime().toInstant());
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        signUp();

        Response wrongPassword = signIn(email, PASSWORD + "!");
        Response unknownEmail = signIn("nobody-" + UUID.randomUUID() + "@example.com", PASSWORD);

        for (Response refused : new Response[] {wrongPassword, unknownEmail}) {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().toString()).doesNotContain(PASSWORD).doesNotContain("accessToken");
        }
        for (String field : new String[] {"type", "title", "status", "detail"}) {
            assertThat(wrongPassword.body().path(field)).isEqualTo(unknownEmail.body().path(field));
        }
        assertThat(wrongPassword.body().propertyNames()).isEqualTo(unknownEmail.body().propertyNames());
    }

    @Test
    void missingFieldsAreNamed() {
        Response noPassword = post("/api/auth/sign-in", null, "{\"email\":\"%s\"}".formatted(email));
        assertThat(noPassword.status()).isEqualTo(400);
        assertThat(noPassword.text("field")).isEqualTo("password");

        Response noEmail = post("/api/auth/sign-in", null, "{\"password\":\"whatever it is\"}");
        assertThat(noEmail.status()).isEqualTo(400);
        assertThat(noEmail.text("field")).isEqualTo("email");

        assertThat(post("/api/auth/sign-in", null, "[1,2").status()).isEqualTo(400);

        Response nul = post("/api/auth/sign-in", null, "{\"email\":\"\\u0000\",\"password\":\"whatever it is\"}");
        assertThat(nul.status()).as("%s", nul.body()).isEqualTo(400);
        assertThat(nul.text("field")).isEqualTo("email");
    }
}
