package io.quorum.registry.users.domain;

import io.quorum.contracts.ids.UserId;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Objects;

/** A registered user. Their password and API tokens are kept elsewhere, and only as hashes. */
public record User(UserId id, UserDetails details, Instant createdAt) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new user and the first API token they will authenticate with; the caller shows the token once. */
    public record SignedUp(User user, ApiToken token) {
    }

    public static SignedUp signUp(UserDetails details, SecureRandom random, Instant now) {
        return new SignedUp(new User(UserId.random(), details, now), ApiToken.generate(random));
    }
}
