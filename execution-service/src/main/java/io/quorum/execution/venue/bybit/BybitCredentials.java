package io.quorum.execution.venue.bybit;

import java.util.Objects;

/** One Bybit account's API key and secret. Neither appears in {@link #toString()}: both are the user's secrets. */
public record BybitCredentials(String apiKey, String apiSecret) {

    public BybitCredentials {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(apiSecret, "apiSecret");
        if (apiKey.isBlank() || apiSecret.isBlank()) {
            throw new IllegalArgumentException("a Bybit API key and secret must not be blank");
        }
    }

    @Override
    public String toString() {
        return "BybitCredentials[apiKey=***, apiSecret=***]";
    }
}
