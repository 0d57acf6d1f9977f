package io.quorum.registry.users;

import io.quorum.registry.platform.BatchedDelete;
import io.quorum.registry.users.domain.SignUpBucket;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sign-ups per client address ({@code sign_up_attempts}), in the registry's database so that every gateway and
 * registry instance counts against one limit and a restart forgets nothing. {@link #take} counts a sign-up under the
 * address's row lock, in the caller's transaction (the one that stores the user); {@link #peek} only reads, so that a
 * sign-up already over the limit is refused before its password is hashed. The clock is an operational timer.
 */
public class SignUpLimit {

    private static final int PRUNE_BATCH = 500;

    private final JdbcClient jdbc;
    private final SignUpBucket bucket;
    private final Clock clock;

    public SignUpLimit(JdbcClient jdbc, SignUpBucket bucket, Clock clock) {
        this.jdbc = jdbc;
        this.bucket = bucket;
        this.clock = clock;
    }

    /** How long this address must wait if a sign-up from it now would be refused; nothing is counted. */
    public Optional<Duration> peek(String clientAddress) {
        Instant now = now();
        Instant fullAt = jdbc.sql("select full_at from sign_up_attempts where client_address = ?")
                .param(clientAddress)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional().orElse(null);
        return refusal(bucket.attempt(fullAt, now));
    }

    /**
     * Counts a sign-up from this address, or how long it must wait (nothing counted). Must run in a transaction: the
     * row stays locked until it ends, so concurrent sign-ups from one address, through any gateway, are counted one
     * after the other.
     */
    public Optional<Duration> take(String clientAddress) {
        Instant now = now();
        jdbc.sql("insert into sign_up_attempts (client_address, full_at, last_attempt_at) values (?, ?, ?) "
                        + "on conflict (client_address) do nothing")
                .params(clientAddress, Timestamp.from(now), Timestamp.from(now))
                .update();
        Instant fullAt = jdbc.sql("select full_at from sign_up_attempts where client_address = ? for update")
                .param(clientAddress)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .single();
        SignUpBucket.Decision decision = bucket.attempt(fullAt, now);
        if (decision instanceof SignUpBucket.Decision.Allowed allowed) {
            jdbc.sql("update sign_up_attempts set full_at = ?, last_attempt_at = ? where client_address = ?")
                    .params(Timestamp.from(allowed.fullAt()), Timestamp.from(now), clientAddress)
                    .update();
        }
        return refusal(decision);
    }

    /**
     * Deletes the rows of addresses whose bucket is full again: such a row tells the limit nothing that no row would.
     * In batches, skipping rows a sign-up holds; returns how many went.
     */
    public int prune() {
        return BatchedDelete.run(jdbc, """
                delete from sign_up_attempts where client_address in (
                  select client_address from sign_up_attempts where full_at <= ? limit ? for update skip locked)""",
                Timestamp.from(now()), PRUNE_BATCH);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS); // what the database keeps
    }

    private static Optional<Duration> refusal(SignUpBucket.Decision decision) {
        return decision instanceof SignUpBucket.Decision.Refused refused ? Optional.of(refused.retryAfter())
                : Optional.empty();
    }
}
