package io.quorum.signal.llm;

import java.util.Objects;

/**
 * An endpoint's secret. Not a record, so no accessor or generated {@code toString} can leak it into
 * a log line, a call record or a JSON body: only {@link #reveal()} hands it over, to the HTTP client.
 */
public final class ApiKey {

    private final String secret;

    private ApiKey(String secret) {
        this.secret = secret;
    }

    public static ApiKey of(String secret) {
        Objects.requireNonNull(secret, "api key");
        if (secret.isBlank()) {
            throw new IllegalArgumentException("an api key must not be blank (local servers accept any text, e.g. \"none\")");
        }
        return new ApiKey(secret);
    }

    public String reveal() {
        return secret;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKey key && key.secret.equals(secret);
    }

    @Override
    public int hashCode() {
        return secret.hashCode();
    }

    @Override
    public String toString() {
        return "ApiKey[****]";
    }
}
