package io.quorum.registry.users;

import io.quorum.contracts.ids.UserId;
import io.quorum.registry.auth.AccessTokens;
import io.quorum.registry.platform.Page;
import io.quorum.registry.platform.PageRequest;
import io.quorum.registry.users.domain.ApiToken;
import io.quorum.registry.users.domain.EmailTaken;
import io.quorum.registry.users.domain.Password;
import io.quorum.registry.users.domain.User;
import io.quorum.registry.users.domain.UserDetails;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Signs users up and in, keeps their API tokens, and tells the gateway whose token it holds. Passwords and tokens
 * are hashed before they reach the database; nothing here logs them.
 */
public class UserRegistration {

    /** The name of the API token every sign-up returns. */
    public static final String SIGN_UP_TOKEN_NAME = "sign-up";
    /** At most this many live API tokens per user: enough for scripts, not a way to fill the table. */
    public static final int MAX_ACTIVE_TOKENS = 20;

    /** A new API token and its id; the token is shown once. */
    public record CreatedToken(ApiTokens.TokenInfo info, ApiToken token) {
    }

    /** The user has as many live tokens as allowed. */
    public static final class TooManyTokens extends RuntimeException {
        TooManyTokens() {
            super("at most " + MAX_ACTIVE_TOKENS + " API tokens may be active at once: revoke one first");
        }
    }

    /** What a sign-in came to: a token, the same refusal for a wrong password and an unknown email, or a lockout. */
    public sealed interface SignIn {
        record Issued(AccessTokens.Issued token) implements SignIn {
        }

        record Refused() implements SignIn {
        }

        /** Too many failures for this email, whether or not an account has it: wait this long. */
        record LockedOut(Duration retryAfter) implements SignIn {
        }
    }

    /** This client address has made as many sign-ups as the limit allows for now: wait this long. */
    public static final class TooManySignUps extends RuntimeException {
        private final Duration retryAfter;

        TooManySignUps(Duration retryAfter) {
            super("too many sign-ups from this address");
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** Another request linked the same external subject first; asking again finds that link. */
    static final class LinkRaced extends RuntimeException {
    }

    private final Users users;
    private final ApiTokens tokens;
    private final ExternalIdentities identities;
    private final PasswordHashing passwords;
    private final AccessTokens accessTokens;
    private final SignInLockout lockout;
    private final SignUpLimit signUps;
    private final TransactionOperations transactions;
    private final SecureRandom random;
    private final Clock clock;

    public UserRegistration(Users users, ApiTokens tokens, ExternalIdentities identities, PasswordHashing passwords,
                            AccessTokens accessTokens, SignInLockout lockout, SignUpLimit signUps,
                            TransactionOperations transactions, SecureRandom random, Clock clock) {
        this.lockout = lockout;
        this.signUps = signUps;
        this.transactions = transactions;
        this.users = users;
        this.tokens = tokens;
        this.identities = identities;
        this.passwords = passwords;
        this.accessTokens = accessTokens;
        this.random = random;
        this.clock = clock;
    }

    /**
     * The user and their first API token, in one transaction with the sign-up counted against its client address
     * ({@link SignUpLimit}); the password is hashed before it, holding no connection. A sign-up for a taken email is
     * counted too — that answer is what the limit is about — and stores nothing else. Over the limit: nothing is
     * stored, and an address already over it is refused before the (costly) hash.
     */
    public User.SignedUp signUp(UserDetails details, Password password, String clientAddress) {
        Optional<Duration> over = signUps.peek(clientAddress);
        if (over.isPresent()) {
            throw new TooManySignUps(over.get());
        }
        String hash = passwords.hash(password);
        User.SignedUp signedUp = User.signUp(details, random, clock.instant());
        SignUpOutcome outcome = transactions.execute(status -> {
            Optional<Duration> refused = signUps.take(clientAddress);
            if (refused.isPresent()) {
                return new SignUpOutcome(refused.get(), false);
            }
            if (!users.add(signedUp.user(), hash)) {
                return new SignUpOutcome(null, true); // committed: the attempt stays counted
            }
            tokens.add(UUID.randomUUID(), signedUp.user().id(), SIGN_UP_TOKEN_NAME, signedUp.token().hash(),
                    signedUp.user().createdAt());
            return new SignUpOutcome(null, false);
        });
        if (outcome.refusedFor() != null) {
            throw new TooManySignUps(outcome.refusedFor());
        }
        if (outcome.emailTaken()) {
            throw new EmailTaken(details.email());
        }
        return signedUp;
    }

    private record SignUpOutcome(Duration refusedFor, boolean emailTaken) {
    }

    /**
     * An access token for the user with this email and password; the same refusal for a wrong password or an
     * unknown email. The attempt is counted first (the lockout, per email, known or not): a locked email is refused
     * before any comparison. Then one query and the comparison, outside any transaction; a success forgets the count.
     */
    public SignIn signIn(String email, Password password) {
        Optional<Duration> locked = lockout.attempt(email);
        if (locked.isPresent()) {
            return new SignIn.LockedOut(locked.get());
        }
        Optional<Users.Credentials> credentials = users.credentialsOf(email);
        // one Argon2 comparison either way, so the answer's timing does not tell whether the email is registered
        boolean matches = passwords.matches(password, credentials.map(Users.Credentials::passwordHash).orElse(null));
        if (!matches || credentials.isEmpty()) {
            return new SignIn.Refused();
        }
        lockout.succeeded(email);
        return new SignIn.Issued(accessTokens.issue(credentials.get().id()));
    }

    @Transactional
    public Optional<UserId> resolve(String presentedToken) {
        return tokens.use(ApiToken.hashOf(presentedToken), clock.instant());
    }

    @Transactional
    public CreatedToken createToken(UserId owner, String name) {
        if (tokens.activeCount(owner) >= MAX_ACTIVE_TOKENS) {
            throw new TooManyTokens();
        }
        ApiToken token = ApiToken.generate(random);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        tokens.add(id, owner, name, token.hash(), now);
        return new CreatedToken(new ApiTokens.TokenInfo(id, name, now, null, null), token);
    }

    @Transactional(readOnly = true)
    public Page<ApiTokens.TokenInfo> tokensOf(UserId owner, PageRequest page) {
        return tokens.of(owner, page);
    }

    @Transactional
    public boolean revokeToken(UserId owner, UUID id) {
        return tokens.revoke(owner, id, clock.instant());
    }

    /**
     * The Quorum user of an external issuer's subject, created on first sight (named after the token's name claim,
     * without email or password). Never linked to an existing account by email: an issuer's email claim is not proof
     * that its holder owns the Quorum account with that address.
     */
    @Transactional
    public UserId externalUser(String issuer, String subject, String name) {
        Optional<UserId> known = identities.find(issuer, subject);
        if (known.isPresent()) {
            return known.get();
        }
        UserId created = UserId.random();
        Instant now = clock.instant();
        users.addExternal(created, name, now);
        if (!identities.link(issuer, subject, created, now)) {
            throw new LinkRaced(); // rolls the new user back
        }
        return created;
    }
}
