package io.quorum.registry.users.domain;

import io.quorum.contracts.ids.UserId;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Objects;

/** A registered user. Holds the hash of their token, never the token. */
public record User(UserId id, UserDetails details, String tokenHash, Instant createdAt) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new user and the token they will authenticate with; the caller shows the token once. */
    public record SignedUp(User user, ApiToken token) {
    }

    public static SignedUp signUp(UserDetails details, SecureRandom random, Instant now) {
        ApiToken token = ApiToken.generate(random);
        return new SignedUp(new User(UserId.random(), details, token.hash(), now), token);
    }
}
