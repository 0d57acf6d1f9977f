package io.quorum.registry.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.registry.RegistryScenario;
import io.quorum.registry.users.domain.SignInRecord;
import io.quorum.registry.users.domain.SignUpBucket;
import io.quorum.testkit.MovableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

/**
 * The sign-up limit per client address, kept in the registry's database: over HTTP with the registry's defaults (20 at
 * once, taken emails counted too, then 429 with Retry-After and nothing stored), the gateway's address header required
 * and believed only with the gateway secret; {@link SignUpLimit} on the real database with a clock moved by hand (the
 * refill, a second instance sharing the count, concurrent sign-ups); and the pruning of both attempt tables.
 */
class SignUpLimitTest extends RegistryScenario {

    private static final String PASSWORD = "a long enough passphrase";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    AttemptsPruning scheduledPruning;

    private static String newEmail() {
        return "signup-" + UUID.randomUUID() + "@example.com";
    }

    private Response signUp(String email, String... headers) {
        return send("POST", "/api/users", null, "{\"name\":\"sam\",\"email\":\"%s\",\"password\":\"%s\"}"
                .formatted(email, PASSWORD), SECRET, headers);
    }

    private boolean registered(String email) {
        return jdbc.sql("select count(*) from users where email = ?").param(email).query(Long.class).single() > 0;
    }

    private boolean counted(String address) {
        return jdbc.sql("select count(*) from sign_up_attempts where client_address = ?").param(address)
                .query(Long.class).single() > 0;
    }

    @Test
    void twentySignUpsFromOneAddressIncludingTakenEmailsThenA429WithNothingStored() {
        // fifteen counted directly (as other gateways' sign-ups would be), five over HTTP: 20, the registry's burst
        SignUpLimit limit = limit(Clock.systemUTC(), SignUpBucket.perHour(20, 20));
        for (int i = 0; i < 15; i++) {
            assertThat(take(limit, clientAddress)).isEmpty();
        }
        String taken = newEmail();
        assertThat(signUp(taken).status()).isEqualTo(201);
        for (int i = 0; i < 2; i++) {
            // a sign-up for an email that has an account answers 409: that answer is what the limit is about, so it counts
            Response probe = signUp(taken);
            assertThat(probe.status()).as("probe: %s", probe.body()).isEqualTo(409);
        }
        assertThat(signUp(newEmail()).status()).isEqualTo(201);
        assertThat(signUp(newEmail()).status()).isEqualTo(201);

        String refusedEmail = newEmail();
        Response refused = signUp(refusedEmail);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("title")).isEqualTo("Too many sign-ups");
        // 20 an hour: one more every 3 minutes
        assertThat(refused.body().path("retryAfterSeconds").asLong()).isBetween(1L, 180L);
        assertThat(refused.body().toString()).doesNotContain(PASSWORD).doesNotContain("apiToken");
        assertThat(registered(refusedEmail)).isFalse();
        // a taken email is refused by the limit before it would say 409
        assertThat(signUp(taken).status()).isEqualTo(429);

        // another address is not affected
        String elsewhere = newEmail();
        assertThat(signUp(elsewhere, GatewayHeaders.CLIENT_ADDRESS, "elsewhere-" + UUID.randomUUID()).status())
                .isEqualTo(201);
        assertThat(registered(elsewhere)).isTrue();
    }

    @Test
    void theRetryAfterHeaderMatchesTheBody() {
        SignUpLimit limit = limit(Clock.systemUTC(), SignUpBucket.perHour(20, 20));
        for (int i = 0; i < 20; i++) {
            assertThat(take(limit, clientAddress)).isEmpty();
        }
        var answer = sendRaw(newEmail());
        assertThat(answer.statusCode()).isEqualTo(429);
        long header = Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
        assertThat(header).isBetween(1L, 180L);
        assertThat(answer.body()).contains("\"retryAfterSeconds\":" + header);
    }

    @Test
    void theAddressHeaderIsRequiredAndNeverBelievedWithoutTheGatewaySecret() {
        String email = newEmail();
        String spoofed = "spoofed-" + UUID.randomUUID();

        // no secret: the guard refuses it before anything is read, so a spoofed address counts nothing
        Response direct = send("POST", "/api/users", null, "{\"name\":\"sam\",\"email\":\"%s\",\"password\":\"%s\"}"
                .formatted(email, PASSWORD), null, GatewayHeaders.CLIENT_ADDRESS, spoofed);
        assertThat(direct.status()).isEqualTo(401);
        assertThat(counted(spoofed)).isFalse();
        assertThat(registered(email)).isFalse();

        // the secret without the address: not from the gateway, which always sets it; nothing stored or counted
        Response noAddress = send("POST", "/api/users", null, "{\"name\":\"sam\",\"email\":\"%s\",\"password\":\"%s\"}"
                .formatted(email, PASSWORD), SECRET, GatewayHeaders.CLIENT_ADDRESS, " ");
        assertThat(noAddress.status()).isEqualTo(400);
        assertThat(noAddress.contentType()).startsWith("application/problem+json");
        assertThat(noAddress.text("field")).isEqualTo(GatewayHeaders.CLIENT_ADDRESS);
        assertThat(registered(email)).isFalse();
    }

    @Test
    void theBucketRefillsWithTheClockAndASecondInstanceOnTheSameDatabaseSharesIt() {
        MovableClock clock = new MovableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        SignUpBucket bucket = SignUpBucket.perHour(6, 3); // one every 10 minutes after 3 at once
        SignUpLimit one = limit(clock, bucket);
        SignUpLimit other = limit(clock, bucket); // another registry instance, or this one after a restart
        String address = "shared-" + UUID.randomUUID();

        assertThat(take(one, address)).isEmpty();
        assertThat(take(other, address)).isEmpty();
        assertThat(one.peek(address)).isEmpty();           // peeking counts nothing
        assertThat(take(one, address)).isEmpty();
        assertThat(other.peek(address)).contains(Duration.ofMinutes(10));
        assertThat(take(other, address)).contains(Duration.ofMinutes(10));
        assertThat(take(one, address)).contains(Duration.ofMinutes(10)); // a refusal costs nothing

        clock.advance(Duration.ofMinutes(4));
        assertThat(take(one, address)).contains(Duration.ofMinutes(6));
        clock.advance(Duration.ofMinutes(6));
        assertThat(take(other, address)).isEmpty();
        assertThat(take(one, address)).contains(Duration.ofMinutes(10));

        clock.advance(Duration.ofMinutes(30)); // full again: three at once
        for (int i = 0; i < 3; i++) {
            assertThat(take(i % 2 == 0 ? one : other, address)).isEmpty();
        }
        assertThat(take(one, address)).isPresent();
    }

    @Test
    void concurrentSignUpsFromOneAddressCannotOutrunTheCount() throws Exception {
        SignUpLimit limit = limit(new MovableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS)), SignUpBucket.perHour(1, 3));
        String address = "concurrent-" + UUID.randomUUID();
        int attempts = 12;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Optional<Duration>>> results = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                results.add(pool.submit(() -> {
                    assertThat(go.await(60, TimeUnit.SECONDS)).isTrue();
                    return take(limit, address);
                }));
            }
            go.countDown();
            int allowed = 0;
            for (Future<Optional<Duration>> result : results) {
                if (result.get(120, TimeUnit.SECONDS).isEmpty()) {
                    allowed++;
                }
            }
            assertThat(allowed).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void pruningDeletesOnlyRowsNoLimitLooksAtAnyMore() {
        assertThat(scheduledPruning.isRunning()).isTrue();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        MovableClock clock = new MovableClock(start);
        SignInLockout lockout = new SignInLockout(jdbc, new TransactionTemplate(transactionManager),
                new SignInRecord.Policy(5, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(24)), clock);
        SignUpLimit signUps = limit(clock, SignUpBucket.perHour(6, 3));
        AttemptsPruning pruning = new AttemptsPruning(lockout, signUps, Duration.ofMinutes(10));
        String oldEmail = newEmail();
        String address = "prune-" + UUID.randomUUID();
        assertThat(lockout.attempt(oldEmail)).isEmpty();
        for (int i = 0; i < 3; i++) {
            assertThat(take(signUps, address)).isEmpty(); // its bucket is full again 30 minutes later
        }

        clock.advance(Duration.ofMinutes(29)); // not quite full: the row still says something
        pruning.prune();
        assertThat(counted(address)).isTrue();

        clock.advance(Duration.ofMinutes(1));
        pruning.prune();
        assertThat(counted(address)).isFalse();
        for (int i = 0; i < 3; i++) {
            assertThat(take(signUps, address)).isEmpty(); // as the full bucket it was
        }
        assertThat(take(signUps, address)).contains(Duration.ofMinutes(10));

        String recentEmail = newEmail();
        clock.advance(Duration.ofHours(23).plusMinutes(29)); // the old email's record is 23:59 idle
        assertThat(lockout.attempt(recentEmail)).isEmpty();
        pruning.prune();
        assertThat(signInRecord(oldEmail)).isTrue();

        clock.advance(Duration.ofMinutes(2)); // 24:01 idle: the lockout would start it over, so it goes
        pruning.prune();
        assertThat(signInRecord(oldEmail)).isFalse();
        assertThat(signInRecord(recentEmail)).isTrue();
    }

    private boolean signInRecord(String email) {
        return jdbc.sql("select count(*) from sign_in_attempts where email_hash = ?")
                .param(io.quorum.registry.users.domain.ApiToken.hashOf(email)).query(Long.class).single() > 0;
    }

    private SignUpLimit limit(Clock clock, SignUpBucket bucket) {
        return new SignUpLimit(jdbc, bucket, clock);
    }

    private Optional<Duration> take(SignUpLimit limit, String address) {
        return new TransactionTemplate(transactionManager).execute(status -> limit.take(address));
    }

    private java.net.http.HttpResponse<String> sendRaw(String email) {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/users"))
                .timeout(Duration.ofSeconds(60))
                .header(GatewayHeaders.SECRET, SECRET)
                .header(GatewayHeaders.CLIENT_ADDRESS, clientAddress)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"sam\",\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, PASSWORD)))
                .build();
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            return http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
