package io.quorum.registry.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.registry.RegistryScenario;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserSignUpTest extends RegistryScenario {

    private final String email = "alice-" + UUID.randomUUID() + "@example.com";

    private Response signUp(String name, String email) {
        return post("/api/users", null, "{\"name\":\"%s\",\"email\":\"%s\"}".formatted(name, email));
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
    void anUnknownOrMissingTokenIsNotResolved() {
        assertThat(resolve("Bearer " + "x".repeat(43)).status()).isEqualTo(401);
        assertThat(send("POST", "/internal/auth/resolve", null, null, SECRET).status()).isEqualTo(401);
    }

    @Test
    void requestsWithoutTheGatewaySecretAreRefused() {
        Response noSecret = send("POST", "/api/users", null, "{\"name\":\"a\",\"email\":\"" + email + "\"}", null);
        assertThat(noSecret.status()).isEqualTo(401);
        assertThat(send("GET", "/api/bots", io.quorum.contracts.ids.UserId.random(), null, "wrong").status()).isEqualTo(401);
        assertThat(send("POST", "/internal/auth/resolve", null, null, null, "Authorization", "Bearer x").status())
                .isEqualTo(401);
    }
}
