package io.quorum.registry.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.registry.RegistryScenario;
import io.quorum.registry.users.domain.SignInRecord;
import io.quorum.testkit.MovableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sign-in lockout per email: over HTTP with the registry's defaults (five failures, then 429 with Retry-After,
 * the same for an email no account has), and {@link SignInLockout} on the real database with a clock moved by hand
 * for the growing windows, so nothing here waits for time to pass.
 */
class SignInLockoutTest extends RegistryScenario {

    private static final String PASSWORD = "a long enough passphrase";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Answer(int status, Optional<String> retryAfter, JsonNode body) {
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    private static String newEmail() {
        return "lock-" + UUID.randomUUID() + "@example.com";
    }

    private void signUp(String email) {
        assertThat(post("/api/users", null, "{\"name\":\"lee\",\"email\":\"%s\",\"password\":\"%s\"}"
                .formatted(email, PASSWORD)).status()).isEqualTo(201);
    }

    private Answer signIn(String email, String password) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/sign-in"))
                .timeout(Duration.ofSeconds(30))
                .header(GatewayHeaders.SECRET, SECRET)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password)))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Retry-After"),
                    JSON.readTree(response.body()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void fiveFailuresLockAnEmailWithTheSameAnswerWhetherOrNotAnAccountHasIt() {
        String known = newEmail();
        signUp(known);
        String unknown = newEmail();

        List<Answer> locked = new ArrayList<>();
        for (String email : List.of(known, unknown)) {
            for (int i = 0; i < 5; i++) {
                assertThat(signIn(email, PASSWORD + "!").status()).isEqualTo(401);
            }
            locked.add(signIn(email, PASSWORD + "!"));
        }
        // the right password does not get through a lockout either
        Answer rightButLocked = signIn(known.toUpperCase(), PASSWORD);

        for (Answer answer : List.of(locked.get(0), locked.get(1), rightButLocked)) {
            assertThat(answer.status()).isEqualTo(429);
            assertThat(answer.body().path("title").asString()).isEqualTo("Too many sign-in attempts");
            assertThat(answer.body().toString()).doesNotContain("accessToken").doesNotContain(PASSWORD);
            long retryAfter = Long.parseLong(answer.retryAfter().orElseThrow());
            assertThat(retryAfter).isBetween(1L, 60L);
            assertThat(answer.body().path("retryAfterSeconds").asLong()).isEqualTo(retryAfter);
        }
        assertThat(locked.get(0).body().propertyNames()).isEqualTo(locked.get(1).body().propertyNames());
        assertThat(locked.get(0).body().path("type")).isEqualTo(locked.get(1).body().path("type"));

        // another email is not affected
        String other = newEmail();
        signUp(other);
        assertThat(signIn(other, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aSuccessResetsTheCount() {
        String email = newEmail();
        signUp(email);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(signIn(email, PASSWORD + "?").status()).isEqualTo(401);
            }
            assertThat(signIn(email, PASSWORD).status()).isEqualTo(200);
        }
        assertThat(jdbc.sql("select count(*) from sign_in_attempts where email_hash = ?")
                .param(io.quorum.registry.users.domain.ApiToken.hashOf(email)).query(Long.class).single()).isZero();
    }

    @Test
    void theWindowGrowsWithEachLockoutUntilTheCapAndASuccessStartsOver() {
        MovableClock clock = new MovableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        SignInLockout lockout = lockout(clock);
        String email = newEmail();

        for (int i = 0; i < 5; i++) {
            assertThat(lockout.attempt(email)).isEmpty();
        }
        assertThat(lockout.attempt(email)).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofSeconds(45));
        assertThat(lockout.attempt(email)).contains(Duration.ofSeconds(15));

        for (long minutes : new long[] {2, 4, 8, 16, 32, 60, 60}) {
            clock.advance(lockout.attempt(email).orElseThrow());
            assertThat(lockout.attempt(email)).isEmpty();                  // one guess once the window is over
            assertThat(lockout.attempt(email)).contains(Duration.ofMinutes(minutes)); // and locked again, longer
        }

        clock.advance(Duration.ofHours(1));
        assertThat(lockout.attempt(email)).isEmpty();
        lockout.succeeded(email);
        for (int i = 0; i < 5; i++) {
            assertThat(lockout.attempt(email)).isEmpty();
        }
        assertThat(lockout.attempt(email)).contains(Duration.ofMinutes(1));
    }

    @Test
    void concurrentGuessesCannotOutrunTheCount() throws Exception {
        SignInLockout lockout = lockout(new MovableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        String email = newEmail();
        int guesses = 12;
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Optional<Duration>>> results = new ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                results.add(pool.submit(() -> {
                    assertThat(go.await(60, TimeUnit.SECONDS)).isTrue();
                    return lockout.attempt(email);
                }));
            }
            go.countDown();
            int allowed = 0;
            for (Future<Optional<Duration>> result : results) {
                if (result.get(120, TimeUnit.SECONDS).isEmpty()) {
                    allowed++;
                }
            }
            assertThat(allowed).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    private SignInLockout lockout(Clock clock) {
        return new SignInLockout(jdbc, new TransactionTemplate(transactionManager),
                new SignInRecord.Policy(5, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(24)), clock);
    }
}
