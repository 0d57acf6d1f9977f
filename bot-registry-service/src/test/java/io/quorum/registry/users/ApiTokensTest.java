package io.quorum.registry.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.UserId;
import io.quorum.registry.RegistryScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ApiTokensTest extends RegistryScenario {

    private UserId signUp(String name) {
        Response created = post("/api/users", null, "{\"name\":\"%s\",\"email\":\"%s-%s@example.com\",\"password\":\"%s\"}"
                .formatted(name, name, UUID.randomUUID(), "the password of " + name));
        assertThat(created.status()).isEqualTo(201);
        return UserId.of(created.text("userId"));
    }

    private Response resolve(String token) {
        return send("POST", "/internal/auth/resolve", null, null, SECRET, "Authorization", "Bearer " + token);
    }

    private Response create(UserId owner, String name) {
        return post("/api/tokens", owner, "{\"name\":\"%s\"}".formatted(name));
    }

    private Response delete(UserId caller, String id) {
        return send("DELETE", "/api/tokens/" + id, caller, null, SECRET);
    }

    private List<JsonNode> list(UserId owner) {
        Response listed = get("/api/tokens", owner);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().path("next").isNull()).isTrue();
        List<JsonNode> tokens = new ArrayList<>();
        listed.body().path("items").forEach(tokens::add);
        return tokens;
    }

    @Test
    void aNewTokenIsShownOnceWorksAndIsListedWithoutItself() {
        UserId alice = signUp("alice");

        Response created = create(alice, "backup script");

        assertThat(created.status()).isEqualTo(201);
        String token = created.text("token");
        assertThat(token).hasSize(43);
        assertThat(created.text("name")).isEqualTo("backup script");
        assertThat(resolve(token).text("userId")).isEqualTo(alice.toString());

        List<JsonNode> tokens = list(alice);
        assertThat(tokens).extracting(t -> t.path("name").asString()).containsExactly("sign-up", "backup script");
        JsonNode listed = tokens.get(1);
        assertThat(listed.path("id").asString()).isEqualTo(created.text("id"));
        assertThat(listed.has("token")).isFalse();
        assertThat(listed.toString()).doesNotContain(token).doesNotContain(io.quorum.registry.users.domain.ApiToken.hashOf(token));
        assertThat(listed.path("createdAt").isNull()).isFalse();
        assertThat(listed.path("lastUsedAt").isNull()).as("used by the resolve above").isFalse();
        assertThat(listed.path("revokedAt").isNull()).isTrue();
        assertThat(tokens.get(0).path("lastUsedAt").isNull()).as("the sign-up token was never used").isTrue();
    }

    @Test
    void aRevokedTokenNoLongerResolvesAndStaysListedAsRevoked() {
        UserId alice = signUp("alice");
        Response created = create(alice, "ci");
        String token = created.text("token");
        assertThat(resolve(token).status()).isEqualTo(200);

        assertThat(delete(alice, created.text("id")).status()).isEqualTo(204);

        assertThat(resolve(token).status()).isEqualTo(401);
        assertThat(delete(alice, created.text("id")).status()).as("revoking again changes nothing").isEqualTo(204);
        JsonNode listed = list(alice).stream().filter(t -> t.path("id").asString().equals(created.text("id")))
                .findFirst().orElseThrow();
        assertThat(listed.path("revokedAt").isNull()).isFalse();
    }

    @Test
    void anotherUsersTokenIsNotFoundAndStaysAlive() {
        UserId alice = signUp("alice");
        UserId mallory = signUp("mallory");
        Response created = create(alice, "ci");

        Response refused = delete(mallory, created.text("id"));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().toString()).doesNotContain("ci").doesNotContain(alice.toString());
        assertThat(resolve(created.text("token")).status()).isEqualTo(200);
        assertThat(list(mallory)).extracting(t -> t.path("name").asString()).containsExactly("sign-up");
        assertThat(delete(mallory, UUID.randomUUID().toString()).status()).isEqualTo(404);
    }

    @Test
    void theListIsPagedLikeEveryListOfTheRegistry() {
        UserId alice = signUp("alice");
        create(alice, "one");
        create(alice, "two");

        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            Response page = get("/api/tokens?limit=1" + (cursor == null ? "" : "&cursor=" + cursor), alice);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body().path("items")).hasSize(1);
            names.add(page.body().path("items").get(0).path("name").asString());
            cursor = page.body().path("next").isNull() ? null : page.body().path("next").asString();
        } while (cursor != null);

        assertThat(names).containsExactly("sign-up", "one", "two");
        assertThat(get("/api/tokens?limit=0", alice).text("field")).isEqualTo("limit");
        assertThat(get("/api/tokens?cursor=bm9wZQ", alice).text("field")).isEqualTo("cursor");
    }

    @Test
    void badNamesAndIdsAreNamedAndTheNumberOfLiveTokensIsCapped() {
        UserId alice = signUp("alice");
        assertThat(create(alice, "").text("field")).isEqualTo("name");
        assertThat(create(alice, "x".repeat(61)).status()).isEqualTo(400);
        assertThat(post("/api/tokens", alice, "{}").text("field")).isEqualTo("name");
        Response nul = post("/api/tokens", alice, "{\"name\":\"backup\\u0000script\"}");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.text("field")).isEqualTo("name");
        Response badId = delete(alice, "not-a-uuid");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.text("field")).isEqualTo("id");

        // the sign-up token is live: 19 more reach the cap
        for (int i = 0; i < UserRegistration.MAX_ACTIVE_TOKENS - 1; i++) {
            assertThat(create(alice, "t" + i).status()).isEqualTo(201);
        }
        Response tooMany = create(alice, "one more");
        assertThat(tooMany.status()).isEqualTo(409);
        assertThat(tooMany.text("field")).isEqualTo("tokens");

        String first = list(alice).getFirst().path("id").asString();
        assertThat(delete(alice, first).status()).isEqualTo(204);
        assertThat(create(alice, "one more").status()).as("a revoked token frees its place").isEqualTo(201);
    }
}
