package io.quorum.registry.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.registry.RegistryScenario;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExternalIdentityTest extends RegistryScenario {

    private static final String ISSUER = "https://login.example.com/realms/quorum";

    private Response external(String issuer, String subject, String name) {
        return post("/internal/auth/external", null,
                "{\"issuer\":\"%s\",\"subject\":\"%s\",\"name\":\"%s\"}".formatted(issuer, subject, name));
    }

    @Test
    void aSubjectBecomesAUserOnFirstSightAndTheSameUserAfterwards() {
        String subject = UUID.randomUUID().toString();

        Response first = external(ISSUER, subject, "Olga");
        Response again = external(ISSUER, subject, "Olga renamed");

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.text("userId")).isEqualTo(first.text("userId"));
        assertThat(external(ISSUER, UUID.randomUUID().toString(), "Olga").text("userId")).isNotEqualTo(first.text("userId"));
        assertThat(external(ISSUER + "/other", subject, "Olga").text("userId"))
                .as("the same subject at another issuer is someone else").isNotEqualTo(first.text("userId"));
    }

    @Test
    void concurrentFirstRequestsMakeOneUser() throws Exception {
        String subject = UUID.randomUUID().toString();
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<String> users = pool.invokeAll(IntStream.range(0, 8)
                            .mapToObj(i -> (java.util.concurrent.Callable<String>) () -> external(ISSUER, subject, "P").text("userId"))
                            .toList())
                    .stream().map(future -> {
                        try {
                            return future.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }).distinct().toList();
            assertThat(users).hasSize(1);
        }
    }

    @Test
    void aMissingIssuerOrSubjectIsNamed() {
        assertThat(external("", "s", "n").text("field")).isEqualTo("issuer");
        assertThat(post("/internal/auth/external", null, "{\"issuer\":\"i\"}").text("field")).isEqualTo("subject");
        assertThat(send("POST", "/internal/auth/external", null, "{\"issuer\":\"i\",\"subject\":\"s\"}", null).status())
                .isEqualTo(401);
    }
}
