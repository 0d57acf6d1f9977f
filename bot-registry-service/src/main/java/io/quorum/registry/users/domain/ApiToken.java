package io.quorum.registry.users.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A user's API token: 32 random bytes, base64url. It is shown once at sign-up; only its SHA-256 is
 * stored, so a leaked table does not leak working tokens.
 */
public record ApiToken(String value) {

    private static final int BYTES = 32;

    public ApiToken {
        Objects.requireNonNull(value, "token");
    }

    public static ApiToken generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new ApiToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public String hash() {
        return hashOf(value);
    }

    /** The stored form of a presented token, compared against the table. */
    public static String hashOf(String presented) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(presented.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "ApiToken[***]";
    }
}
