package io.quorum.registry.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.registry.RegistryScenario;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserSignUpTest extends RegistryScenario {

    static final String PASSWORD = "correct horse battery staple";

    private final String email = "alice-" + UUID.randomUUID() + "@example.com";

    private Response signUp(String name, String email) {
        return signUp(name, email, PASSWORD);
    }

    private Response signUp(String name, String email, String password) {
        String passwordJson = password == null ? "" : ",\"password\":\"%s\"".formatted(password);
        return post("/api/users", null, "{\"name\":\"%s\",\"email\":\"%s\"%s}".formatted(name, email, passwordJson));
    }

    private Response resolve(String authorization) {
        return send("POST", "/internal/auth/resolve", null, null, SECRET, "Authorization", authorization);
    }

    @Test
    void signingUpReturnsTheUserAndATokenTheGatewayCanResolve() {
        Response created = signUp("alice", email);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("name")).isEqualTo("alice");
        assertThat(created.text("email")).isEqualTo(email);
        String token = created.text("apiToken");
        assertThat(token).hasSize(43);
        assertThat(created.body().toString()).doesNotContain(PASSWORD).doesNotContain("argon2").doesNotContain("password");

        Response resolved = resolve("Bearer " + token);
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.text("userId")).isEqualTo(created.text("userId"));
    }

    @Test
    void theSameEmailInAnyCaseCannotSignUpTwice() {
        assertThat(signUp("alice", email).status()).isEqualTo(201);

        Response again = signUp("alice two", email.toUpperCase());

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.text("field")).isEqualTo("email");
    }

    @Test
    void badSignUpFieldsAreNamed() {
        Response badEmail = signUp("alice", "not-an-email");
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.contentType()).startsWith("application/problem+json");
        assertThat(badEmail.text("field")).isEqualTo("email");

        Response badName = signUp("", email);
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.text("field")).isEqualTo("name");

        Response notJson = post("/api/users", null, "{nope");
        assertThat(notJson.status()).isEqualTo(400);
    }

    @Test
    void aPasswordIsRequiredLongEnoughNotTooLongAndNotTheEmailAndNothingIsStoredOtherwise() {
        for (String bad : new String[] {null, "", "            ", "short pass", "x".repeat(129), email, email.toUpperCase()}) {
            Response refused = signUp("alice", email, bad);

            assertThat(refused.status()).as("password %s", bad).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.text("field")).isEqualTo("password");
            if (bad != null && !bad.isBlank()) {
                assertThat(refused.body().toString()).doesNotContain(bad);
            }
        }
        Response wrongType = post("/api/users", null,
                "{\"name\":\"alice\",\"email\":\"%s\",\"password\":{\"a\":1}}".formatted(email));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.text("field")).isEqualTo("password");

        // none of the refusals kept the email
        assertThat(signUp("alice", email, "x".repeat(12)).status()).isEqualTo(201);
    }

    @Test
    void anUnknownOrMissingTokenIsNotResolved() {
        assertThat(resolve("Bearer " + "x".repeat(43)).status()).isEqualTo(401);
        assertThat(send("POST", "/internal/auth/resolve", null, null, SECRET).status()).isEqualTo(401);
    }

    @Test
    void requestsWithoutTheGatewaySecretAreRefused() {
        Response noSecret = send("POST", "/api/users", null,
                "{\"name\":\"a\",\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}", null);
        assertThat(noSecret.status()).isEqualTo(401);
        assertThat(send("GET", "/api/bots", io.quorum.contracts.ids.UserId.random(), null, "wrong").status()).isEqualTo(401);
        assertThat(send("POST", "/internal/auth/resolve", null, null, null, "Authorization", "Bearer x").status())
                .isEqualTo(401);
        assertThat(send("POST", "/api/auth/sign-in", null, "{\"email\":\"" + email + "\",\"password\":\"x\"}", null)
                .status()).isEqualTo(401);
        assertThat(send("GET", "/internal/auth/jwks", null, null, null).status()).isEqualTo(401);
        assertThat(send("GET", "/api/tokens", io.quorum.contracts.ids.UserId.random(), null, null).status()).isEqualTo(401);
    }
}
