package io.quorum.registry.users;

import io.quorum.registry.platform.BatchedDelete;
import io.quorum.registry.users.domain.ApiToken;
import io.quorum.registry.users.domain.SignInRecord;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The sign-in lockout per email ({@code sign_in_attempts}): every attempt is counted under the email's row lock
 * before its password is compared, a success forgets the count. Emails are kept only as their SHA-256, and an
 * email no account has is counted like any other, so the lockout never tells whether an account exists. Its
 * clock is an operational timer, never a trading decision.
 */
public class SignInLockout {

    private static final int PRUNE_BATCH = 100;
    private static final int PRUNE_ALL_BATCH = 500;

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final SignInRecord.Policy policy;
    private final Clock clock;

    public SignInLockout(JdbcClient jdbc, TransactionOperations transactions, SignInRecord.Policy policy, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Counts an attempt for this (lower-cased) email: empty when it may go on to compare the password, else how long
     * the caller must wait.
     */
    public Optional<Duration> attempt(String email) {
        String key = hashOf(email);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what the database keeps
        // forget a few idle records first, in a transaction of its own that waits for no one (skip locked)
        jdbc.sql("""
                delete from sign_in_attempts where email_hash in (
                  select email_hash from sign_in_attempts where last_attempt_at < ? and email_hash <> ?
                  limit ? for update skip locked)""")
                .params(Timestamp.from(now.minus(policy.forgetAfter())), key, PRUNE_BATCH)
                .update();
        return transactions.execute(status -> {
            jdbc.sql("insert into sign_in_attempts (email_hash, failures, lockouts, last_attempt_at) values (?, 0, 0, ?) "
                            + "on conflict (email_hash) do nothing")
                    .params(key, Timestamp.from(now))
                    .update();
            SignInRecord record = jdbc.sql("select failures, lockouts, locked_until, last_attempt_at "
                            + "from sign_in_attempts where email_hash = ? for update")
                    .param(key)
                    .query((rs, n) -> new SignInRecord(rs.getInt(1), rs.getInt(2),
                            instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4))))
                    .single();
            return switch (record.attempt(now, policy)) {
                case SignInRecord.Decision.Locked locked -> Optional.of(Duration.between(now, locked.until()));
                case SignInRecord.Decision.Allowed allowed -> {
                    SignInRecord next = allowed.next();
                    jdbc.sql("update sign_in_attempts set failures = ?, lockouts = ?, locked_until = ?, "
                                    + "last_attempt_at = ? where email_hash = ?")
                            .params(next.failures(), next.lockouts(),
                                    next.lockedUntil() == null ? null : Timestamp.from(next.lockedUntil()),
                                    Timestamp.from(next.lastAttemptAt()), key)
                            .update();
                    yield Optional.<Duration>empty();
                }
            };
        });
    }

    /**
     * Deletes every record idle for longer than forget-after: the lockout treats such a record as none (its lock, at
     * most max-window long, has passed too). In batches, skipping records an attempt holds; returns how many went.
     */
    public int prune() {
        Timestamp idleSince = Timestamp.from(clock.instant().minus(policy.forgetAfter()));
        return BatchedDelete.run(jdbc, """
                delete from sign_in_attempts where email_hash in (
                  select email_hash from sign_in_attempts where last_attempt_at < ? limit ? for update skip locked)""",
                idleSince, PRUNE_ALL_BATCH);
    }

    /** The right password: the email starts over. */
    public void succeeded(String email) {
        jdbc.sql("delete from sign_in_attempts where email_hash = ?").param(hashOf(email)).update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String hashOf(String email) {
        return ApiToken.hashOf(email);
    }
}
